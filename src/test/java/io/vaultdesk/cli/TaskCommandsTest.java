package io.vaultdesk.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCommandsTest {
    @TempDir
    Path tmp;
    private Path vault;
    private Path note;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void vault() throws Exception {
        vault = Files.createDirectories(tmp.resolve("v"));
        note = vault.resolve("Meetings/2025-11-01 - Acme.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, """
                ---
                type: meeting
                date: 2025-11-01
                ---
                ## Action Items
                - [ ] Send the deck @Bo 📅 2025-11-10 ⏫ #task
                - [x] Book the room @Myself 📅 2025-11-02 ✅ 2025-11-01
                - [ ] Draft "the plan" \\ notes 🔽
                Just text
                """, UTF_8);
    }

    private String[] args(String command, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, vault.toString(), "--index-dir",
                tmp.resolve("index").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void listsOpenTasksAsJson() {
        CliRun r = run(args("tasks", "--json"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("[{\"path\": \"Meetings/2025-11-01 - Acme.md\", \"line\": 6, \"status\": \"open\", "
                + "\"owner\": \"Bo\", \"due\": \"2025-11-10\", \"priority\": \"high\", \"description\": \"Send the deck\", "
                + "\"tags\": [\"task\"], \"heading\": \"Action Items\", \"note_title\": \"2025-11-01 - Acme\", "
                + "\"note_date\": \"2025-11-01\"}, "
                + "{\"path\": \"Meetings/2025-11-01 - Acme.md\", \"line\": 8, \"status\": \"open\", \"owner\": null, "
                + "\"due\": null, \"priority\": \"low\", \"description\": \"Draft \\\"the plan\\\" \\\\ notes\", "
                + "\"tags\": [], \"heading\": \"Action Items\", \"note_title\": \"2025-11-01 - Acme\", "
                + "\"note_date\": \"2025-11-01\"}]", r.out().strip());
    }

    @Test
    void filtersByOwnerDueDateAndStatus() {
        assertTrue(run(args("tasks", "--json", "--owner", "bo")).out().contains("Send the deck"));
        assertEquals("[]", run(args("tasks", "--json", "--owner", "Myself")).out().strip());
        String done = run(args("tasks", "--json", "--owner", "Myself", "--status", "done")).out();
        assertTrue(done.contains("\"status\": \"done\"") && done.contains("Book the room"), done);
        String early = run(args("tasks", "--json", "--status", "all", "--due-before", "2025-11-10")).out();
        assertTrue(early.contains("Book the room") && !early.contains("Send the deck"), early);
        assertEquals(2, run(args("tasks", "--due-before", "not-a-date")).exit());
    }

    @Test
    void printsATable() {
        CliRun r = run(args("tasks", "--status", "all"));
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("DUE"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2025-11-10  high "), lines.get(1));
        assertTrue(lines.get(1).endsWith("Meetings/2025-11-01 - Acme.md:6  Send the deck"), lines.get(1));
        assertEquals("3 tasks", lines.get(lines.size() - 1));
    }

    @Test
    void togglesATaskAndBackToTheSameBytes() throws Exception {
        byte[] original = Files.readAllBytes(note);
        CliRun r = run(args("toggle", "Meetings/2025-11-01 - Acme.md:6"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(note, UTF_8).contains("- [x] Send the deck @Bo 📅 2025-11-10 ⏫ #task ✅ "
                + LocalDate.now()));
        assertTrue(run(args("tasks", "--json", "--status", "done")).out().contains("Send the deck"),
                "the index knows at once");
        assertEquals(0, run(args("toggle", "Meetings/2025-11-01 - Acme.md:6")).exit());
        assertArrayEquals(original, Files.readAllBytes(note));
    }

    @Test
    void aLineWithoutATaskOrABadArgumentChangesNothing() throws Exception {
        byte[] original = Files.readAllBytes(note);
        CliRun noTask = run(args("toggle", "Meetings/2025-11-01 - Acme.md:9"));
        assertEquals(1, noTask.exit());
        assertEquals("vaultdesk: not written: line 9 of Meetings/2025-11-01 - Acme.md holds no task",
                noTask.err().strip());
        assertEquals(1, run(args("toggle", "Meetings/missing.md:1")).exit());
        assertEquals(1, run(args("toggle", "../outside.md:1")).exit());
        assertEquals(2, run(args("toggle", "Meetings/2025-11-01 - Acme.md")).exit());
        assertEquals(2, run(args("toggle", "Meetings/2025-11-01 - Acme.md:0")).exit());
        assertEquals(2, run("toggle", tmp.resolve("nope").toString(), "a.md:1").exit());
        assertArrayEquals(original, Files.readAllBytes(note));
    }

    @Test
    void aReadOnlyNoteIsRefused() throws Exception {
        byte[] original = Files.readAllBytes(note);
        assertTrue(note.toFile().setWritable(false));
        try {
            CliRun r = run(args("toggle", "Meetings/2025-11-01 - Acme.md:6"));
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("read-only"), r.err());
        } finally {
            note.toFile().setWritable(true);
        }
        assertArrayEquals(original, Files.readAllBytes(note));
    }
}
