package io.vaultdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-world files a differential test runs over: the fixtures, the bundled sample vault, the shared sample note
 * (when this checkout sits beside it) and a vault generated with every kind of damage.
 */
public final class NoteCorpus {
    private NoteCorpus() {
    }

    /**
     * The files of the corpus, sorted within each root, after generating 300 notes under {@code dir}.
     *
     * @param markdownOnly only the {@code .md} files; otherwise attachments too
     */
    public static List<Path> files(Path dir, long seed, boolean markdownOnly) throws IOException {
        new VaultGenerator(seed).generate(dir.resolve("generated"), 300);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/fixtures"), Path.of("assets/sample-vault"),
                Path.of("../shared/samples"), dir)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !markdownOnly || p.toString().endsWith(".md")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
