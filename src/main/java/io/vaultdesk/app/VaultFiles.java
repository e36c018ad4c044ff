package io.vaultdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a vault-relative path to its file, and refuses any path that leads outside the vault: {@code ..}, an
 * absolute path, or a symbolic link whose target lies elsewhere. Notes are untrusted input, and so are their links.
 */
final class VaultFiles {
    private final Path root;
    private volatile Path realRoot;

    VaultFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Optional<Path> inside(String relative) {
        if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path p;
        try {
            p = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!p.startsWith(root) || p.equals(root)) {
            return Optional.empty();
        }
        try {
            // What does not exist yet is created below its nearest existing folder: that is what must be inside.
            Path existing = p;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().startsWith(realRoot()) ? Optional.of(p) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }

    Optional<byte[]> read(String relative) {
        Optional<Path> file = inside(relative).filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(f));
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Optional<Long> size(String relative) {
        Optional<Path> file = inside(relative);
        try {
            return file.isPresent() && Files.isRegularFile(file.get()) ? Optional.of(Files.size(file.get()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path root() {
        return root;
    }
}
