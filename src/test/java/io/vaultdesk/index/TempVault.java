package io.vaultdesk.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** A vault folder for a test, with helpers that write notes and move their clocks. */
final class TempVault {
    final Path root;

    TempVault(Path root) {
        this.root = root;
    }

    Path write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        // Files written in one test run share a clock tick; an old time keeps them out of the racy window.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000 - bytes.length));
        return file;
    }

    void delete(String path) throws IOException {
        Files.delete(root.resolve(path));
    }

    void move(String from, String to) throws IOException {
        Path target = root.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(root.resolve(from), target);
    }
}
