package io.vaultdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fresh, writable copy of the bundled sample vault for one test. */
final class SampleVaultCopy {
    private SampleVaultCopy() {
    }

    static Path into(Path dir) throws IOException {
        Path from = Path.of("assets/sample-vault");
        Path to = dir.resolve("Sample vault");
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
        return to;
    }
}
