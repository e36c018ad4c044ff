package io.vaultdesk.vault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.vault.EditOutcome.Refused;
import io.vaultdesk.vault.EditOutcome.Written;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GuardedNoteEditTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 10);
    private static final Function<String, List<String>> TICK = line -> TaskLineEdit.toggle(line, TODAY).lines();

    @TempDir
    Path vault;

    private final GuardedNoteEdit edit = new GuardedNoteEdit();

    /** A note's bytes from its lines, joined by {@code lineBreak}, with a BOM and final line break as asked. */
    private static byte[] note(boolean bom, String lineBreak, boolean finalBreak, List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(String.join(lineBreak, lines).getBytes(UTF_8));
        if (finalBreak) {
            out.writeBytes(lineBreak.getBytes(UTF_8));
        }
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = vault.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static TaskRef ref(byte[] bytes, int line) {
        TaskLine task = new NoteParser().parse("n.md", bytes).tasks().stream().filter(t -> t.line() == line)
                .findFirst().orElseThrow();
        return new TaskRef(line, task.description(), ContentHash.of(bytes));
    }

    private static final List<String> LINES = List.of("# Actions", "", "- [ ] Call Bo 📅 2025-11-08 ⏫ #task",
            "- [ ] Write it up @Ann 🔁 every week 📅 2025-11-07", "last line");

    static Stream<Arguments> shapes() {
        List<Arguments> shapes = new ArrayList<>();
        for (String lineBreak : List.of("\n", "\r\n", "\r")) {
            for (boolean bom : List.of(false, true)) {
                for (boolean finalBreak : List.of(false, true)) {
                    shapes.add(Arguments.of(lineBreak.replace("\r", "CR").replace("\n", "LF"), bom, finalBreak));
                }
            }
        }
        return shapes.stream();
    }

    private static String lineBreak(String name) {
        return name.replace("CR", "\r").replace("LF", "\n");
    }

    @ParameterizedTest(name = "{0} bom={1} final={2}")
    @MethodSource("shapes")
    void ticksOnlyTheLineInEveryShapeOfFile(String breakName, boolean bom, boolean finalBreak) throws IOException {
        String lineBreak = lineBreak(breakName);
        byte[] before = note(bom, lineBreak, finalBreak, LINES);
        Path file = write("n.md", before);
        EditOutcome outcome = edit.replaceTaskLine(file, ref(before, 3), TICK);

        List<String> expected = new ArrayList<>(LINES);
        expected.set(2, "- [x] Call Bo 📅 2025-11-08 ⏫ #task ✅ 2025-11-10");
        byte[] after = note(bom, lineBreak, finalBreak, expected);
        assertArrayEquals(after, Files.readAllBytes(file));
        assertEquals(new Written(3, 1, ContentHash.of(after)), outcome);
    }

    @ParameterizedTest(name = "{0} bom={1} final={2}")
    @MethodSource("shapes")
    void aNewOccurrenceGetsTheEditedLinesLineBreak(String breakName, boolean bom, boolean finalBreak)
            throws IOException {
        String lineBreak = lineBreak(breakName);
        List<String> lines = new ArrayList<>(LINES);
        Path file = write("n.md", note(bom, lineBreak, finalBreak, lines));
        byte[] before = Files.readAllBytes(file);
        EditOutcome outcome = edit.replaceTaskLine(file, ref(before, 4), TICK);

        lines.set(3, "- [x] Write it up @Ann 🔁 every week 📅 2025-11-07 ✅ 2025-11-10");
        lines.add(3, "- [ ] Write it up @Ann 🔁 every week 📅 2025-11-14");
        assertArrayEquals(note(bom, lineBreak, finalBreak, lines), Files.readAllBytes(file));
        assertEquals(4, ((Written) outcome).line());
        assertEquals(2, ((Written) outcome).lineCount());
    }

    @Test
    void theLastLineWithoutALineBreakTakesTheNotesOwnForANewOccurrence() throws IOException {
        byte[] before = "a\r\n- [ ] r 🔁 every day 📅 2025-11-08".getBytes(UTF_8);
        Path file = write("n.md", before);
        edit.replaceTaskLine(file, ref(before, 2), TICK);
        assertEquals("a\r\n- [ ] r 🔁 every day 📅 2025-11-09\r\n- [x] r 🔁 every day 📅 2025-11-08 ✅ 2025-11-10",
                Files.readString(file));
    }

    @Test
    void mixedLineBreaksAreKeptWhereTheyAre() throws IOException {
        byte[] before = "a\r\n- [ ] one\nb\r- [ ] two\r\nc".getBytes(UTF_8);
        Path file = write("n.md", before);
        edit.replaceTaskLine(file, ref(before, 4), TICK);
        assertEquals("a\r\n- [ ] one\nb\r- [x] two ✅ 2025-11-10\r\nc", Files.readString(file));
    }

    @Test
    void aNewOccurrenceInAMixedNoteTakesItsOwnLinesBreakNotTheFirst() throws IOException {
        byte[] before = "a\n- [ ] r 🔁 every day 📅 2025-11-08\r\nb\n".getBytes(UTF_8);
        Path file = write("n.md", before);
        edit.replaceTaskLine(file, ref(before, 2), TICK);
        assertEquals("a\n- [ ] r 🔁 every day 📅 2025-11-09\r\n- [x] r 🔁 every day 📅 2025-11-08 ✅ 2025-11-10\r\nb\n",
                Files.readString(file));
    }

    @Test
    void identicalLinesWithAnUnchangedNoteEditTheNamedOne() throws IOException {
        byte[] before = "- [ ] same\n- [ ] same\n- [ ] same\n".getBytes(UTF_8);
        Path file = write("n.md", before);
        assertInstanceOf(Written.class, edit.replaceTaskLine(file, ref(before, 2), TICK));
        assertEquals("- [ ] same\n- [x] same ✅ 2025-11-10\n- [ ] same\n", Files.readString(file));
    }

    @Test
    void identicalLinesInAChangedNoteAreRefusedAndTheNoteIsUntouched() throws IOException {
        byte[] indexed = "- [ ] same\n- [ ] same\n".getBytes(UTF_8);
        TaskRef ref = ref(indexed, 2);
        byte[] now = "intro\n- [ ] same\n- [ ] same\n".getBytes(UTF_8);
        Path file = write("n.md", now);
        EditOutcome outcome = edit.replaceTaskLine(file, ref, TICK);
        assertEquals(new Refused("the note changed since it was read and the task \"same\" appears 2 times;"
                + " edit it in the note itself"), outcome);
        assertArrayEquals(now, Files.readAllBytes(file));
    }

    @Test
    void aMovedTaskIsFoundByItsDescription() throws IOException {
        byte[] indexed = "# T\n- [ ] other\n- [ ] Call Bo 📅 2025-11-08\n".getBytes(UTF_8);
        TaskRef ref = ref(indexed, 3);
        Path file = write("n.md", "# T\nnew\nlines\n- [ ] other\n- [ ] Call Bo 📅 2025-11-08\n".getBytes(UTF_8));
        assertEquals(5, ((Written) edit.replaceTaskLine(file, ref, TICK)).line());
        assertEquals("# T\nnew\nlines\n- [ ] other\n- [x] Call Bo 📅 2025-11-08 ✅ 2025-11-10\n", Files.readString(file));
    }

    @Test
    void aDeletedTaskIsRefusedAndTheNoteIsUntouched() throws IOException {
        byte[] indexed = "- [ ] other\n- [ ] Call Bo\n".getBytes(UTF_8);
        TaskRef ref = ref(indexed, 2);
        byte[] now = "- [ ] other\n- [ ] Call Bob\n".getBytes(UTF_8);
        Path file = write("n.md", now);
        assertEquals(new Refused("the note changed since it was read and no longer contains the task \"Call Bo\""),
                edit.replaceTaskLine(file, ref, TICK));
        assertArrayEquals(now, Files.readAllBytes(file));
    }

    @Test
    void anUnchangedNoteWhoseLineIsNotTheTaskIsRefused() throws IOException {
        byte[] bytes = "- [ ] one\n- [ ] two\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        TaskRef wrong = new TaskRef(1, "two", ContentHash.of(bytes));
        assertInstanceOf(Refused.class, edit.replaceTaskLine(file, wrong, TICK));
        assertInstanceOf(Refused.class, edit.replaceTaskLine(file, new TaskRef(9, "two", ContentHash.of(bytes)), TICK));
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aTaskInACodeBlockIsNotATask() throws IOException {
        byte[] indexed = "- [ ] Call Bo\n".getBytes(UTF_8);
        TaskRef ref = ref(indexed, 1);
        byte[] now = "```\n- [ ] Call Bo\n```\n".getBytes(UTF_8);
        Path file = write("n.md", now);
        assertInstanceOf(Refused.class, edit.replaceTaskLine(file, ref, TICK));
        assertArrayEquals(now, Files.readAllBytes(file));
    }

    @Test
    void anEditThatCannotBeMadeRightIsRefused() throws IOException {
        byte[] bytes = "- [ ] pay 🔁 every month on the last Friday 📅 2025-11-28\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        EditOutcome outcome = edit.replaceTaskLine(file, ref(bytes, 1), TICK);
        assertTrue(((Refused) outcome).reason().contains("every month on the last Friday"), outcome.toString());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void editsThatBreakLinesOrGiveNoneAreRejected() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        assertThrows(IllegalArgumentException.class,
                () -> edit.replaceTaskLine(file, ref(bytes, 1), line -> List.of("- [ ] a\n- [ ] b")));
        assertThrows(IllegalArgumentException.class, () -> edit.replaceTaskLine(file, ref(bytes, 1), line -> List.of()));
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void invalidUtf8ElsewhereIsKeptButTheEditedLineMustBeUtf8() throws IOException {
        byte[] bytes = concat("- [ ] a\nbad \u00ff\n".getBytes(UTF_8), new byte[] {'x', (byte) 0xFF, '\n'},
                "- [ ] b ".getBytes(UTF_8), new byte[] {(byte) 0xC3}, "\n".getBytes(UTF_8));
        Path file = write("n.md", bytes);
        edit.replaceTaskLine(file, ref(bytes, 1), TICK);
        byte[] expected = concat("- [x] a ✅ 2025-11-10\nbad \u00ff\n".getBytes(UTF_8),
                Arrays.copyOfRange(bytes, "- [ ] a\nbad \u00ff\n".getBytes(UTF_8).length, bytes.length));
        assertArrayEquals(expected, Files.readAllBytes(file));
        EditOutcome outcome = edit.replaceTaskLine(file, ref(expected, 4), TICK);
        assertEquals(new Refused("line 4 holds bytes that are not UTF-8; VaultDesk will not rewrite it"), outcome);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // --- the atomic write ---

    @Test
    void aConcurrentChangeBeforeTheRenameIsRefused() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        byte[] theirs = "- [ ] a\n- [ ] added elsewhere\n".getBytes(UTF_8);
        GuardedNoteEdit racing = new GuardedNoteEdit(note -> Files.write(note, theirs));
        assertEquals(new Refused("the note changed while the edit was being saved; nothing was written"),
                racing.replaceTaskLine(file, ref(bytes, 1), TICK));
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertEquals(List.of(file), listVault(), "the temporary file is gone");
    }

    @Test
    void aNoteDeletedBeforeOrDuringTheEditIsRefused() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        assertEquals(new Refused("the note no longer exists"),
                edit.replaceTaskLine(vault.resolve("gone.md"), ref(bytes, 1), TICK));
        Path file = write("n.md", bytes);
        GuardedNoteEdit deleting = new GuardedNoteEdit(Files::delete);
        assertEquals(new Refused("the note changed while the edit was being saved; nothing was written"),
                deleting.replaceTaskLine(file, ref(bytes, 1), TICK));
        assertEquals(List.of(), listVault(), "neither the note nor a temporary file is brought back");
    }

    @Test
    void theTemporaryFileIsRemovedWhenTheHookFails() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        GuardedNoteEdit failing = new GuardedNoteEdit(note -> {
            throw new IOException("disk gone");
        });
        assertThrows(IOException.class, () -> failing.replaceTaskLine(file, ref(bytes, 1), TICK));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(List.of(file), listVault());
    }

    @Test
    void theHookSeesTheNewNoteReadyBesideTheOldOne() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        List<String> seen = new ArrayList<>();
        GuardedNoteEdit watching = new GuardedNoteEdit(note -> {
            for (Path p : listVault()) {
                seen.add(p.getFileName() + "=" + Files.readString(p).strip());
            }
        });
        watching.replaceTaskLine(file, ref(bytes, 1), TICK);
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.contains("n.md=- [ ] a"), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.startsWith(".n.md.") && s.endsWith(".vaultdesk-tmp=- [x] a ✅ 2025-11-10")),
                seen.toString());
        assertEquals(List.of(file), listVault());
    }

    private List<Path> listVault() throws IOException {
        try (Stream<Path> files = Files.list(vault)) {
            return files.sorted().toList();
        }
    }

    @Test
    void keepsPosixPermissionsAndRefusesReadOnlyNotes() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        edit.replaceTaskLine(file, ref(bytes, 1), TICK);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        byte[] now = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(new Refused("the note is read-only"), edit.replaceTaskLine(file, ref(now, 1), TICK));
        assertArrayEquals(now, Files.readAllBytes(file));
    }

    @Test
    void aSymlinkedNoteIsEditedWhereItLivesAndTheLinkStays() throws IOException {
        Path real = Files.createDirectories(vault.resolve("elsewhere")).resolve("real.md");
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Files.write(real, bytes);
        Path link = Files.createSymbolicLink(vault.resolve("link.md"), real);
        edit.replaceTaskLine(link, ref(bytes, 1), TICK);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("- [x] a ✅ 2025-11-10\n", Files.readString(real));
    }

    @Test
    void anEditThatChangesNothingWritesNothing() throws IOException {
        byte[] bytes = "- [ ] a\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        GuardedNoteEdit mustNotWrite = new GuardedNoteEdit(note -> {
            throw new AssertionError("nothing to write");
        });
        assertEquals(new Written(1, 1, ContentHash.of(bytes)),
                mustNotWrite.replaceTaskLine(file, ref(bytes, 1), List::of));
    }

    // --- mojibake ---

    private static byte[] sample() throws IOException {
        try (InputStream in = GuardedNoteEditTest.class.getResourceAsStream("/fixtures/sample-meeting.md")) {
            return in.readAllBytes();
        }
    }

    /** Every line of {@code after} but those from {@code from} (0-based) on is byte-identical to {@code before}'s. */
    private static List<byte[]> byteLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    @Test
    void ticksATaskOfTheMojibakeSampleLeavingEveryOtherByteAlone() throws IOException {
        byte[] before = sample();
        Path file = write("sample.md", before);
        TaskRef ref = ref(before, 28);
        assertTrue(ref.description().startsWith("Reach out to Kushal Bhatta"), ref.description());
        assertInstanceOf(Written.class, edit.replaceTaskLine(file, ref, TICK));

        byte[] after = Files.readAllBytes(file);
        List<byte[]> was = byteLines(before);
        List<byte[]> now = byteLines(after);
        assertEquals(was.size(), now.size());
        for (int i = 0; i < was.size(); i++) {
            if (i != 27) {
                assertArrayEquals(was.get(i), now.get(i), "line " + (i + 1));
            }
        }
        String oldLine = new String(was.get(27), UTF_8);
        String newLine = new String(now.get(27), UTF_8);
        assertEquals(oldLine.replace("- [ ]", "- [x]") + " ✅ 2025-11-10", newLine, "mojibake kept, ✅ in UTF-8");

        ParsedNote note = new NoteParser().parse("sample.md", after);
        assertEquals(java.util.Set.of(Damage.MOJIBAKE), note.damage());
        assertEquals(10, note.tasks().size());
        TaskLine ticked = note.tasks().get(0);
        assertEquals(28, ticked.line());
        assertEquals(TaskStatus.DONE, ticked.status());
        assertEquals(Optional.of(TODAY), ticked.done());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), ticked.due());
        assertEquals(Priority.HIGH, ticked.priority());
        assertEquals(ref.description(), ticked.description());
        assertEquals(List.of("task"), ticked.tags());
        assertTrue(note.tasks().stream().skip(1).allMatch(t -> t.status() == TaskStatus.OPEN));

        // and unticking gives the file back byte for byte
        edit.replaceTaskLine(file, new TaskRef(28, ref.description(), ContentHash.of(after)), TICK);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aTaskOnTheFirstLineAfterAMojibakeBomIsEditedAndTheBomKept() throws IOException {
        byte[] bom = "\uFEFF".getBytes(UTF_8);
        String damagedBom = new String(bom, java.nio.charset.Charset.forName("windows-1252"));
        byte[] before = (damagedBom + "- [ ] a ğŸ“… 2025-11-08\nb\n").getBytes(UTF_8);
        Path file = write("n.md", before);
        assertInstanceOf(Written.class, edit.replaceTaskLine(file, ref(before, 1), TICK));
        assertEquals(damagedBom + "- [x] a ğŸ“… 2025-11-08 ✅ 2025-11-10\nb\n", Files.readString(file));
    }

    // --- any line ---

    @Test
    void replaceLineWithAnUnchangedHashTrustsTheLineNumber() throws IOException {
        byte[] bytes = "x [[Bo]]\nsee Bo\nsee Bo\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        EditOutcome outcome = edit.replaceLine(file, 3, "see Bo", ContentHash.of(bytes), t -> t.replace("Bo", "[[Bo]]"));
        assertInstanceOf(Written.class, outcome);
        assertEquals("x [[Bo]]\nsee Bo\nsee [[Bo]]\n", Files.readString(file));
        byte[] now = Files.readAllBytes(file);
        assertInstanceOf(Refused.class, edit.replaceLine(file, 2, "not this", ContentHash.of(now), t -> t));
    }

    @Test
    void replaceLineWithoutAHashNeedsTheTextOnce() throws IOException {
        byte[] bytes = "see Bo\nother\nsee Bo\nsee Al\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        assertEquals(new Refused("the note changed since it was read and the line \"see Bo\" appears 2 times;"
                + " edit it in the note itself"), edit.replaceLine(file, 1, "see Bo", t -> "x"));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(4, ((Written) edit.replaceLine(file, 2, "see Al", t -> t + "!")).line());
        assertEquals("see Bo\nother\nsee Bo\nsee Al!\n", Files.readString(file));
    }

    @Test
    void replaceLineMatchesTheRepairedTextAndEditsTheTextAsWritten() throws IOException {
        byte[] bytes = "MAIâ€™s plan\n".getBytes(UTF_8);
        Path file = write("n.md", bytes);
        edit.replaceLine(file, 1, "MAI’s plan", t -> t + " [[Plan]]");
        assertEquals("MAIâ€™s plan [[Plan]]\n", Files.readString(file));
    }

    /** A tick, with what the undo needs: the line as it was and the lines written for it. */
    private record Tick(Written written, String before, List<String> after) {
    }

    private Tick tick(Path file, TaskRef ref) throws IOException {
        String[] before = new String[1];
        List<List<String>> after = new ArrayList<>();
        EditOutcome outcome = edit.replaceTaskLine(file, ref, text -> {
            before[0] = text;
            after.add(TICK.apply(text));
            return after.get(0);
        });
        return new Tick(assertInstanceOf(Written.class, outcome), before[0], after.get(0));
    }

    @ParameterizedTest(name = "{0}, BOM {1}, final break {2}")
    @MethodSource("shapes")
    void undoingATickOfARecurringTaskGivesBackTheExactBytes(String breakName, boolean bom, boolean finalBreak)
            throws IOException {
        String lineBreak = breakName.replace("CR", "\r").replace("LF", "\n");
        byte[] original = note(bom, lineBreak, finalBreak, LINES);
        Path file = write("undo.md", original);
        Tick t = tick(file, ref(original, 4));
        assertEquals(2, t.after().size(), "the next occurrence and the completed task");
        EditOutcome undone = edit.restoreLines(file, t.written().line(), t.after(), t.written().newHash(),
                List.of(t.before()));
        assertInstanceOf(Written.class, undone);
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void undoFindsItsLinesByTextAfterTheNoteChanged() throws IOException {
        byte[] original = note(false, "\n", true, LINES);
        Path file = write("moved.md", original);
        Tick t = tick(file, ref(original, 3));
        Files.writeString(file, "added at the top\n" + Files.readString(file));
        EditOutcome undone = edit.restoreLines(file, t.written().line(), t.after(), t.written().newHash(),
                List.of(t.before()));
        assertEquals(4, assertInstanceOf(Written.class, undone).line());
        assertEquals("added at the top\n" + new String(original, UTF_8), Files.readString(file));
    }

    @Test
    void undoRefusesWhenItsLinesAreGoneOrTwice() throws IOException {
        byte[] original = note(false, "\n", true, LINES);
        Path file = write("twice.md", original);
        Tick t = tick(file, ref(original, 3));
        String ticked = t.after().get(0);
        Files.writeString(file, Files.readString(file) + ticked + "\n");
        byte[] twice = Files.readAllBytes(file);
        EditOutcome refused = edit.restoreLines(file, t.written().line(), t.after(), t.written().newHash(),
                List.of(t.before()));
        assertTrue(assertInstanceOf(Refused.class, refused).reason().contains("appears 2 times"));
        assertArrayEquals(twice, Files.readAllBytes(file));

        Files.writeString(file, Files.readString(file).replace(ticked, "- [ ] rewritten elsewhere"));
        byte[] gone = Files.readAllBytes(file);
        refused = edit.restoreLines(file, t.written().line(), t.after(), t.written().newHash(),
                List.of(t.before()));
        assertTrue(assertInstanceOf(Refused.class, refused).reason().contains("no longer contains"));
        assertArrayEquals(gone, Files.readAllBytes(file));
    }
}
