package io.vaultdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Writes a vault's files and tells the tally about every note, so the oracle and the disk cannot disagree. */
final class VaultFiles {
    private final Path root;
    private final ExpectedTally tally;
    private final Set<Path> createdFolders = new HashSet<>();

    VaultFiles(Path root, ExpectedTally tally) {
        this.root = root;
        this.tally = tally;
    }

    void note(NoteDraft note, Damage damage) throws IOException {
        write(note.path(), damage.encode(note.text()));
        tally.note(note, damage.reportedAsDamaged());
    }

    /** An empty or binary note: a note, but one with nothing in it to index. */
    void contentlessNote(String path, byte[] bytes, boolean damaged) throws IOException {
        write(path, bytes);
        tally.contentlessNote(path, damaged);
    }

    /** A file the indexer must not count as a note: settings, trash, attachments. */
    void notANote(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void notANote(String path, byte[] bytes) throws IOException {
        write(path, bytes);
    }

    private void write(String relativePath, byte[] bytes) throws IOException {
        Path file = root.resolve(relativePath);
        Path folder = file.getParent();
        if (createdFolders.add(folder)) {
            Files.createDirectories(folder);
        }
        Files.write(file, bytes);
    }
}
