package io.vaultdesk.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultGeneratorTest {
    private static final int NOTES = 400;

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesIdenticalFiles() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Expected expectedFirst = new VaultGenerator(7).generate(first, NOTES).expected();
        Expected expectedSecond = new VaultGenerator(7).generate(second, NOTES).expected();

        List<Path> files = relativeFiles(first);
        assertEquals(files, relativeFiles(second));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file.toString());
        }
        assertEquals(expectedFirst, expectedSecond);
    }

    @Test
    void notesCountsEveryMarkdownFileOutsideDotFolders() throws IOException {
        Path root = temp.resolve("vault");
        Expected expected = new VaultGenerator(11).generate(root, NOTES).expected();

        long markdownFiles = relativeFiles(root).stream()
                .filter(file -> file.toString().endsWith(".md"))
                .filter(file -> !file.getName(0).toString().startsWith("."))
                .count();
        assertEquals(markdownFiles, expected.notes());
        assertTrue(Files.exists(root.resolve(".trash/old.md")), "the trash holds a note that must not count");
    }

    @Test
    void aMojibakeNoteLooksLikeTheRealSample() throws IOException {
        Path root = temp.resolve("vault");
        Expected expected = new VaultGenerator(3).generate(root, NOTES).expected();

        boolean found = false;
        for (String path : expected.damagedPaths()) {
            // Not Files.readString: one damaged note is deliberately not valid UTF-8.
            String text = new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8);
            found |= text.contains("ğŸ“…") && !text.contains("📅");
        }
        assertTrue(found, "some damaged note has the sample's mangled calendar emoji");
    }

    @Test
    void theTaskCountsAddUp() throws IOException {
        Expected expected = new VaultGenerator(5).generate(temp.resolve("vault"), NOTES).expected();

        assertEquals(expected.tasksTotal(), expected.tasksOpen() + expected.tasksDone() + expected.tasksCancelled());
        assertEquals(expected.tasksOpen(), expected.priorityOpen().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(expected.meetings() > NOTES / 2, "most notes are meetings");
        assertTrue(expected.unresolved().stream().allMatch(expected.backlinkSources()::containsKey));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
