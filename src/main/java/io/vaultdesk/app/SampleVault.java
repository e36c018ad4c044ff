package io.vaultdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample vault. It ships read-only inside the jar, so the first run copies it to the per-user data
 * folder, where ticking a task can write. An existing copy is kept: it may hold the user's own changes.
 */
public final class SampleVault {
    static final String RESOURCE = "/sample-vault";
    static final String MARKER = RESOURCE + "/README.md";

    private SampleVault() {
    }

    public static Path ensureCopied(UserDirectories dirs) throws VaultException {
        Path target = dirs.data().resolve("Sample vault");
        return Files.isDirectory(target) ? target : copyTo(target);
    }

    /** A fresh copy of the sample vault at {@code target}, which must not exist yet. */
    public static Path copyTo(Path target) throws VaultException {
        URL marker = SampleVault.class.getResource(MARKER);
        if (marker == null) {
            throw new VaultException("the sample vault is missing from this build");
        }
        try {
            URI uri = marker.toURI();
            Path staging = Files.createDirectories(target.toAbsolutePath().getParent())
                    .resolve(".sample-vault-" + ProcessHandle.current().pid());
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(RESOURCE), staging);
                }
            } else {
                copyTree(Path.of(uri).getParent(), staging);
            }
            // A half-copied sample must never look like the sample: it appears whole or not at all.
            Files.move(staging, target);
            return target;
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            throw new VaultException("cannot copy the sample vault to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
