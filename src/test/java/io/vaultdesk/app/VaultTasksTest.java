package io.vaultdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's and the CLI's task edits on a real vault: the file is the truth, the index follows at once. */
class VaultTasksTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 12);
    private static final String NOTE = "---\r\ntype: meeting\r\ndate: 2025-11-01\r\naccount: \"[[Acme]]\"\r\n---\r\n"
            + "## Action Items\r\n"
            + "- [ ] Send the deck @Bo 📅 2025-11-10 ⏫ #task\r\n"
            + "- [ ] Weekly report @Myself 🔁 every week 📅 2025-11-07\r\n"
            + "- [ ] Same words\r\n"
            + "- [ ] Same words\r\n"
            + "last line without a break";

    @TempDir
    Path temp;
    private Path vault;
    private Path note;
    private VaultSession session;
    private VaultTasks tasks;

    @BeforeEach
    void open() throws Exception {
        vault = Files.createDirectories(temp.resolve("vault"));
        note = vault.resolve("Meetings/2025-11-01 - Acme.md");
        Files.createDirectories(note.getParent());
        Files.write(note, ("\uFEFF" + NOTE).getBytes(UTF_8));
        Files.write(vault.resolve("Mojibake.md"), Files.readAllBytes(
                Path.of("src/test/resources/fixtures/sample-meeting.md")));
        session = VaultSession.open(vault, temp.resolve("index"));
        session.sync(IndexProgress.NONE);
        tasks = new VaultTasks(session, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private TaskRow row(String path, int line) throws VaultException {
        return tasks.all().stream().filter(r -> r.path().equals(path) && r.task().line() == line).findFirst()
                .orElseThrow();
    }

    private static final String PATH = "Meetings/2025-11-01 - Acme.md";

    @Test
    void readsEveryTaskWithItsNote() throws Exception {
        TaskRow deck = row(PATH, 7);
        assertEquals("Send the deck", deck.task().description());
        assertEquals("Bo", deck.task().owner());
        assertEquals(List.of("Acme"), deck.accounts());
        assertEquals(Optional.of("2025-11-01"), deck.noteDate());
        assertTrue(tasks.all().stream().anyMatch(r -> r.path().equals("Mojibake.md")));
    }

    @Test
    void aTickChangesOnlyItsLineAndTheUndoGivesBackTheBytes() throws Exception {
        byte[] original = Files.readAllBytes(note);
        TaskChange change = tasks.edit(row(PATH, 7), new TaskEdit.Toggle());
        assertTrue(change.result().written(), change.result().message());
        String text = Files.readString(note, UTF_8);
        assertEquals(("\uFEFF" + NOTE).replace("- [ ] Send the deck @Bo 📅 2025-11-10 ⏫ #task",
                "- [x] Send the deck @Bo 📅 2025-11-10 ⏫ #task ✅ 2025-11-12"), text);
        assertEquals(TaskStatus.DONE, row(PATH, 7).task().status(), "the index follows at once");

        EditResult undone = tasks.undo(change.undo().orElseThrow());
        assertTrue(undone.written(), undone.message());
        assertArrayEquals(original, Files.readAllBytes(note));
        assertEquals(TaskStatus.OPEN, row(PATH, 7).task().status());
    }

    @Test
    void completingARecurringTaskAddsTheNextAboveAndUndoRemovesIt() throws Exception {
        byte[] original = Files.readAllBytes(note);
        TaskChange change = tasks.edit(row(PATH, 8), new TaskEdit.Toggle());
        assertTrue(change.result().message().startsWith("Completed; the next occurrence was added"));
        List<String> lines = Files.readString(note, UTF_8).lines().toList();
        assertEquals("- [ ] Weekly report @Myself 🔁 every week 📅 2025-11-14", lines.get(7));
        assertEquals("- [x] Weekly report @Myself 🔁 every week 📅 2025-11-07 ✅ 2025-11-12", lines.get(8));
        tasks.undo(change.undo().orElseThrow());
        assertArrayEquals(original, Files.readAllBytes(note));
    }

    @Test
    void aNoteChangedSinceIndexedIsEditedWhereTheTaskNowIs() throws Exception {
        TaskRow seen = row(PATH, 7);
        Files.writeString(note, Files.readString(note, UTF_8).replace("## Action Items\r\n",
                "## Action Items\r\nA line added in another editor\r\n"), UTF_8);
        TaskChange change = tasks.edit(seen, new TaskEdit.SetDue(Optional.of(LocalDate.of(2025, 12, 1))));
        assertTrue(change.result().written(), change.result().message());
        assertTrue(Files.readString(note, UTF_8).contains(
                "A line added in another editor\r\n- [ ] Send the deck @Bo 📅 2025-12-01 ⏫ #task\r\n"));
    }

    @Test
    void identicalLinesInAChangedNoteAreNeverGuessed() throws Exception {
        TaskRow seen = row(PATH, 9);
        Files.writeString(note, Files.readString(note, UTF_8).replace("last line", "edited last line"), UTF_8);
        byte[] changed = Files.readAllBytes(note);
        TaskChange change = tasks.edit(seen, new TaskEdit.Toggle());
        assertFalse(change.result().written());
        assertTrue(change.result().message().contains("appears 2 times"), change.result().message());
        assertArrayEquals(changed, Files.readAllBytes(note));
    }

    @Test
    void identicalLinesInAnUnchangedNoteAreToldApartByLine() throws Exception {
        TaskChange change = tasks.edit(row(PATH, 10), new TaskEdit.Toggle());
        assertTrue(change.result().written());
        List<String> lines = Files.readString(note, UTF_8).lines().toList();
        assertEquals("- [ ] Same words", lines.get(8));
        assertEquals("- [x] Same words ✅ 2025-11-12", lines.get(9));
    }

    @Test
    void movingACardRewritesItsOwnerAndStatusFromTheMenu() throws Exception {
        assertTrue(tasks.edit(row(PATH, 7), new TaskEdit.SetOwner(Optional.of("Ana Silva"))).result().written());
        assertEquals("Ana Silva", row(PATH, 7).task().owner());
        assertTrue(tasks.edit(row(PATH, 7), new TaskEdit.SetStatus('/')).result().written());
        assertEquals(TaskStatus.IN_PROGRESS, row(PATH, 7).task().status());
        assertTrue(tasks.edit(row(PATH, 7), new TaskEdit.SetStatus('-')).result().written());
        assertTrue(Files.readString(note, UTF_8).contains("- [-] Send the deck @Ana Silva 📅 2025-11-10 ⏫ #task ❌ 2025-11-12"));
    }

    @Test
    void aMojibakeNoteIsTickedOnItsLineAloneAndNotRepaired() throws Exception {
        Path mojibake = vault.resolve("Mojibake.md");
        byte[] before = Files.readAllBytes(mojibake);
        TaskRow first = tasks.all().stream().filter(r -> r.path().equals("Mojibake.md") && r.task().isOpen())
                .findFirst().orElseThrow();
        assertTrue(tasks.edit(first, new TaskEdit.Toggle()).result().written());
        List<String> was = new String(before, UTF_8).lines().toList();
        List<String> now = Files.readString(mojibake, UTF_8).lines().toList();
        assertEquals(was.size(), now.size());
        for (int i = 0; i < was.size(); i++) {
            if (i + 1 != first.task().line()) {
                assertEquals(was.get(i), now.get(i), "line " + (i + 1));
            }
        }
        assertTrue(now.get(first.task().line() - 1).contains("ğŸ“…"), "the line keeps its own bytes");
        assertTrue(now.get(first.task().line() - 1).endsWith("✅ 2025-11-12"));
    }

    @Test
    void theCliTogglesTheTaskOnALineAndRefusesALineWithout() throws Exception {
        TaskChange change = tasks.editAt(PATH, 7, new TaskEdit.Toggle());
        assertTrue(change.result().written(), change.result().message());
        TaskChange back = tasks.editAt(PATH, 7, new TaskEdit.Toggle());
        assertTrue(back.result().written());
        assertEquals("\uFEFF" + NOTE, Files.readString(note, UTF_8), "ticking twice restores the exact text");
        TaskChange none = tasks.editAt(PATH, 6, new TaskEdit.Toggle());
        assertFalse(none.result().written());
        assertEquals("line 6 of " + PATH + " holds no task", none.result().message());
        assertFalse(tasks.editAt("../outside.md", 1, new TaskEdit.Toggle()).result().written());
    }
}
