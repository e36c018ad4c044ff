package io.vaultdesk.app;

import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.Damage;
import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.EditOutcome;
import io.vaultdesk.vault.GuardedNoteEdit;
import io.vaultdesk.vault.Lines;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a note's mojibake on disk: the explicit action behind the reader's banner (reading never rewrites,
 * decision 5). The user sees every line that changes first; the file as it was is copied to the backup folder,
 * outside the vault so sync tools do not spread it; the write is guarded by the preview's hash.
 */
final class MojibakeFix {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final VaultFiles files;
    private final Path backups;
    private final TextDecoder decoder = new TextDecoder();

    MojibakeFix(VaultFiles files, Path backups) {
        this.files = files;
        this.backups = backups;
    }

    RepairPreview preview(String path) throws VaultException {
        byte[] bytes = files.read(path).orElseThrow(() -> new VaultException("cannot read " + path));
        DecodedText repaired = repairable(path, bytes);
        List<String> before = Lines.split(asWritten(bytes));
        List<String> after = Lines.split(repaired.text());
        List<RepairPreview.Change> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            String was = i == 0 ? stripBomText(before.get(0)) : before.get(i);
            if (!was.equals(after.get(i))) {
                changes.add(new RepairPreview.Change(i + 1, was, after.get(i)));
            }
        }
        return new RepairPreview(path, ContentHash.of(bytes), changes);
    }

    /** @return the message for the user: where the backup is, or why nothing was written */
    EditResult repair(RepairPreview preview) throws VaultException {
        Path file = files.inside(preview.path()).orElseThrow(() -> new VaultException("not in the vault"));
        byte[] bytes = files.read(preview.path()).orElseThrow(() -> new VaultException("cannot read " + preview.path()));
        if (ContentHash.of(bytes) != preview.hash()) {
            return EditResult.refused("the note changed since the preview; look at it again");
        }
        DecodedText repaired = repairable(preview.path(), bytes);
        try {
            Path backup = writeBackup(preview.path(), bytes);
            byte[] text = repaired.text().getBytes(StandardCharsets.UTF_8);
            byte[] updated = repaired.hadBom() ? concat(BOM, text) : text;
            EditOutcome outcome = new GuardedNoteEdit().replaceAll(file, preview.hash(), b -> updated);
            if (outcome instanceof EditOutcome.Refused r) {
                Files.deleteIfExists(backup);
                return EditResult.refused(r.reason());
            }
            return EditResult.written("Repaired " + preview.changes().size() + " lines; the file as it was is in "
                    + backup);
        } catch (IOException e) {
            throw new VaultException("cannot repair " + preview.path() + ": " + e.getMessage(), e);
        }
    }

    /** A new file every time, never over an older backup, and on disk before the note is replaced. */
    private Path writeBackup(String path, byte[] bytes) throws IOException {
        String stem = path + "." + LocalDateTime.now().format(STAMP);
        Path backup = backups.resolve(stem + ".bak");
        Files.createDirectories(backup.getParent());
        for (int n = 2; ; n++) {
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(backup,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
                return backup;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                backup = backups.resolve(stem + "-" + n + ".bak");
            }
        }
    }

    /** Only mojibake: a file with invalid UTF-8 as well would lose its undecodable bytes if rewritten. */
    private DecodedText repairable(String path, byte[] bytes) throws VaultException {
        DecodedText decoded = decoder.decode(bytes);
        if (!decoded.damage().contains(Damage.MOJIBAKE)) {
            throw new VaultException(path + " has no mojibake to repair");
        }
        if (decoded.damage().contains(Damage.INVALID_UTF8) || decoded.damage().contains(Damage.BINARY)) {
            throw new VaultException(path + " also holds bytes that are not UTF-8; it is left as it is");
        }
        return decoded;
    }

    private static String asWritten(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first line may start with a BOM, or with a BOM that itself went through the mis-decoding. */
    private static String stripBomText(String first) {
        String s = first.startsWith("\uFEFF") ? first.substring(1) : first;
        return s.startsWith("ï»¿") ? s.substring(3) : s;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
