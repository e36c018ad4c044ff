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
 * a hash of both, holding the note's path on its first line, the content hash of the version the text was
 * edited from on the second, and the text after them.
 */
public final class RecoveryCopies {
    private final Path dir;
    private final Path vault;

    public RecoveryCopies(Path dir, Path vault) {
        this.dir = dir;
        this.vault = vault.toAbsolutePath().normalize();
    }

    /** Unsaved text, and the content hash of the note's version it was edited from. */
    public record Copy(String text, long baseHash) {
    }

    public void keep(String path, String text, long baseHash) throws IOException {
        Files.createDirectories(dir);
        Path target = file(path);
        Path temp = Files.createTempFile(dir, ".recovery", ".tmp");
        try {
            Files.writeString(temp, path + "\n" + Long.toHexString(baseHash) + "\n" + text, StandardCharsets.UTF_8);
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
    public Optional<Copy> find(String path) throws IOException {
        try {
            String content = Files.readString(file(path), StandardCharsets.UTF_8);
            int first = content.indexOf('\n');
            int second = first < 0 ? -1 : content.indexOf('\n', first + 1);
            if (second < 0 || !content.substring(0, first).equals(path)) {
                return Optional.empty();
            }
            return Optional.of(new Copy(content.substring(second + 1),
                    Long.parseUnsignedLong(content.substring(first + 1, second), 16)));
        } catch (NoSuchFileException | NumberFormatException e) {
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
