package io.vaultdesk.app.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Copies of unsaved editor text, outside the vault (the per-user data folder), so that a crash loses at most the
 * last few seconds of typing and no sync tool ever sees a half-written note. One file per vault and note, named by
 * a hash of both, holding the note's path on its first line and the text after it.
 */
public final class RecoveryCopies {
    private final Path dir;
    private final Path vault;

    public RecoveryCopies(Path dir, Path vault) {
        this.dir = dir;
        this.vault = vault.toAbsolutePath().normalize();
    }

    public void keep(String path, String text) throws IOException {
        Files.createDirectories(dir);
        Path target = file(path);
        Path temp = Files.createTempFile(dir, ".recovery", ".tmp");
        try {
            Files.writeString(temp, path + "\n" + text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The text kept for that note, if any. */
    public Optional<String> find(String path) throws IOException {
        try {
            String content = Files.readString(file(path), StandardCharsets.UTF_8);
            int first = content.indexOf('\n');
            return first >= 0 && content.substring(0, first).equals(path)
                    ? Optional.of(content.substring(first + 1)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public void discard(String path) throws IOException {
        Files.deleteIfExists(file(path));
    }

    private Path file(String path) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(vault.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(sha.digest(), 0, 16) + ".md");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
