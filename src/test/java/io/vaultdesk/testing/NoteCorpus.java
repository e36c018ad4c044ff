package io.vaultdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * The real-world files a differential test runs over: the fixtures, the bundled sample vault, the shared sample note
 * (when this checkout sits beside it) and a vault generated with every kind of damage.
 */
public final class NoteCorpus {
    private NoteCorpus() {
    }

    /**
     * Hands each file's bytes to {@code check}, and fails when the corpus was too small to mean anything: the
     * written files, not only the generated ones, must be there (a test run from another folder finds none).
     */
    public static void eachFile(Path dir, long seed, boolean markdownOnly, Consumer<byte[]> check) throws IOException {
        List<Path> files = files(dir, seed, markdownOnly);
        for (Path file : files) {
            check.accept(Files.readAllBytes(file));
        }
        long written = files.stream().filter(f -> !f.startsWith(dir)).count();
        Assertions.assertTrue(written >= 30, "fixtures and sample notes compared: " + written);
        Assertions.assertTrue(files.size() > 300, "files compared: " + files.size());
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
