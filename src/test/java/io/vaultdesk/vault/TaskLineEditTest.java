package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskLineEditTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 10);

    private static String toggled(String line) {
        LineEditResult r = TaskLineEdit.toggle(line, TODAY);
        assertEquals(Optional.empty(), r.nextOccurrence(), "not recurring: " + line);
        return r.edited();
    }

    private static TaskLine parse(String line) {
        return new TaskLineParser().parse(MojibakeRepair.instance().repair(line), 1).orElseThrow();
    }

    @Test
    void ticksTheSampleLineAppendingTheDoneDateAtTheEnd() {
        String line = "- [ ] Reach out to X @Kanchan Mehrotra 📅 2025-11-08 ⏫ #task";
        assertEquals("- [x] Reach out to X @Kanchan Mehrotra 📅 2025-11-08 ⏫ #task ✅ 2025-11-10", toggled(line));
    }

    @Test
    void untickingRemovesTheDoneDateAndOnlyIt() {
        assertEquals("- [ ] Call Bo 📅 2025-11-08 ⏫ #task",
                toggled("- [x] Call Bo 📅 2025-11-08 ✅ 2025-11-09 ⏫ #task"));
        assertEquals("- [ ] Call Bo 📅 2025-11-08", toggled("- [X] Call Bo 📅 2025-11-08 ✅ 2025-11-09"));
        assertEquals("- [ ] Check the ✅ 2025-01-01 box 📅 2025-11-08",
                toggled("- [x] Check the ✅ 2025-01-01 box 📅 2025-11-08 ✅ 2025-11-09"), "a ✅ in the text stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- [ ] a", "- [ ] Call Bo @Myself 📅 2025-11-08 ⏫ #task", "- [ ] Call Bo @Myself #task ⏫ 📅 2025-11-08",
            "- [ ] Call Bo ⏫ #task 📅 2025-11-08 @Myself", "- [ ] x ➕ 2025-01-01 🛫 2025-01-02 ⏳ 2025-01-03 📅 2025-01-04",
            "- [ ] with id 🆔 abc ⛔ x1, y2 🔼", "- [ ] plain text with no fields", "- [ ] variation ⏫️ 📅️ 2025-01-04"})
    void tickThenUntickGivesBackTheLineInEveryFieldOrder(String line) {
        String ticked = toggled(line);
        assertTrue(ticked.startsWith("- [x] "), ticked);
        assertTrue(ticked.endsWith(" ✅ 2025-11-10"), ticked);
        TaskLine t = parse(ticked);
        assertEquals(TaskStatus.DONE, t.status());
        assertEquals(Optional.of(TODAY), t.done());
        assertEquals(parse(line).description(), t.description());
        assertEquals(line, toggled(ticked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- [ ] a ^blk-1|- [x] a ✅ 2025-11-10 ^blk-1",
            "- [ ] a 📅 2025-11-08 #task ^abc|- [x] a 📅 2025-11-08 #task ✅ 2025-11-10 ^abc",
            "- [ ] a 📅 2025-11-08  ^abc|- [x] a 📅 2025-11-08 ✅ 2025-11-10  ^abc",
            "- [ ] a ^abc #tag|- [x] a ^abc #tag ✅ 2025-11-10"})
    void aTrailingBlockIdStaysLast(String line, String expected) {
        assertEquals(expected, toggled(line));
        assertEquals(line, toggled(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "    - [ ] a 📅 2025-11-08|    - [x] a 📅 2025-11-08 ✅ 2025-11-10",
            "\t\t* [ ] a|\t\t* [x] a ✅ 2025-11-10",
            "> - [ ] quoted|> - [x] quoted ✅ 2025-11-10",
            "> > + [ ] nested quote|> > + [x] nested quote ✅ 2025-11-10",
            "12. [ ] numbered|12. [x] numbered ✅ 2025-11-10",
            "3) [ ] numbered|3) [x] numbered ✅ 2025-11-10",
            "-   [ ]   wide   spacing 📅  2025-11-08|-   [x]   wide   spacing 📅  2025-11-08 ✅ 2025-11-10"})
    void keepsIndentQuotesListMarkersAndSpacing(String line, String expected) {
        assertEquals(expected, toggled(line));
        assertEquals(line, toggled(expected));
    }

    @Test
    void trailingBlanksStayAtTheEnd() {
        assertEquals("- [x] hard break ✅ 2025-11-10  ", toggled("- [ ] hard break  "));
    }

    @Test
    void fieldsInCodeOrCommentsAreNotFields() {
        assertEquals("- [ ] run `✅ 2025-01-01`", toggled("- [x] run `✅ 2025-01-01`"));
        assertEquals("- [x] run `x` ✅ 2025-11-10", toggled("- [ ] run `x`"));
    }

    @Test
    void everyStatusTransition() {
        String open = "- [ ] a 📅 2025-11-08";
        String done = "- [x] a 📅 2025-11-08 ✅ 2025-11-01";
        String cancelled = "- [-] a 📅 2025-11-08 ❌ 2025-11-01";
        String progress = "- [/] a 📅 2025-11-08";
        // toggle: open and in progress → done; done and cancelled → open (Tasks' default statuses)
        assertEquals("- [x] a 📅 2025-11-08 ✅ 2025-11-10", toggled(open));
        assertEquals("- [x] a 📅 2025-11-08 ✅ 2025-11-10", toggled(progress));
        assertEquals(open, toggled(done));
        assertEquals(open, toggled(cancelled));
        assertEquals("- [x] a ✅ 2025-11-10", toggled("- [?] a"), "an unknown symbol is open, as in Tasks");

        assertEquals(List.of(
                        open, "- [x] a 📅 2025-11-08 ✅ 2025-11-10", "- [-] a 📅 2025-11-08 ❌ 2025-11-10", progress),
                List.of(' ', 'x', '-', '/').stream().map(s -> set(open, s)).toList());
        assertEquals(List.of(
                        open, done, "- [-] a 📅 2025-11-08 ❌ 2025-11-10", progress),
                List.of(' ', 'x', '-', '/').stream().map(s -> set(done, s)).toList());
        assertEquals(List.of(
                        open, "- [x] a 📅 2025-11-08 ✅ 2025-11-10", cancelled, progress),
                List.of(' ', 'x', '-', '/').stream().map(s -> set(cancelled, s)).toList());
        assertEquals(List.of(
                        open, "- [x] a 📅 2025-11-08 ✅ 2025-11-10", "- [-] a 📅 2025-11-08 ❌ 2025-11-10", progress),
                List.of(' ', 'x', '-', '/').stream().map(s -> set(progress, s)).toList());
        assertEquals("- [X] a 📅 2025-11-08 ✅ 2025-11-01", set(done, 'X'), "still done: its date is kept");
    }

    private static String set(String line, char symbol) {
        return TaskLineEdit.setStatus(line, symbol, TODAY).edited();
    }

    @Test
    void aStaleDoneDateOnAnOpenTaskIsUpdatedWhereItIs() {
        assertEquals("- [x] a ✅ 2025-11-10 📅 2025-11-08", toggled("- [ ] a ✅ 2024-01-01 📅 2025-11-08"));
    }

    @Test
    void rejectsWhatIsNotATaskOrNotOneLine() {
        assertThrows(IllegalArgumentException.class, () -> TaskLineEdit.toggle("- not a task", TODAY));
        assertThrows(IllegalArgumentException.class, () -> TaskLineEdit.toggle("- [ ] a\n- [ ] b", TODAY));
        assertThrows(IllegalArgumentException.class, () -> TaskLineEdit.setStatus("- [ ] a", ']', TODAY));
        assertThrows(IllegalArgumentException.class, () -> TaskLineEdit.toggle("```", TODAY));
    }

    // --- mojibake ---

    /** What a sync tool does: UTF-8 bytes decoded as Windows-1252, the bytes it has no char for dropped. */
    private static String damage(String original) {
        StringBuilder out = new StringBuilder();
        for (byte b : original.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            if (!c.equals("\uFFFD")) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void ticksAMojibakeLineInPlaceWritingTheNewFieldAsProperUtf8() {
        String line = "- [ ] Reach out to MAIâ€™s team @Kanchan Mehrotra ğŸ“… 2025-11-08 â« #task";
        String ticked = toggled(line);
        assertEquals("- [x] Reach out to MAIâ€™s team @Kanchan Mehrotra ğŸ“… 2025-11-08 â« #task ✅ 2025-11-10",
                ticked);
        TaskLine t = parse(ticked);
        assertEquals(TaskStatus.DONE, t.status());
        assertEquals(Optional.of(TODAY), t.done());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), t.due());
        assertEquals(Priority.HIGH, t.priority());
        assertEquals("Reach out to MAI’s team", t.description());
        assertEquals(line, toggled(ticked));
    }

    @Test
    void removesAMojibakeDoneDateAndMovesMojibakeDates() {
        String done = damage("- [x] a 📅 2025-11-08 ✅ 2025-11-09 ⏫ ^id");
        assertEquals(damage("- [ ] a 📅 2025-11-08 ⏫ ^id"), toggled(done));
        String recurring = damage("- [ ] a 🔁 every week ⏳ 2025-11-06 📅 2025-11-08 ⏫");
        assertEquals(Optional.of(damage("- [ ] a 🔁 every week ⏳ 2025-11-13 📅 2025-11-15 ⏫")),
                TaskLineEdit.nextOccurrence(recurring, TODAY));
    }

    // --- recurrence ---

    @Test
    void completingARecurringTaskPutsTheNextOccurrenceAbove() {
        String line = "- [ ] take out the trash 🔁 every Sunday 📅 2021-04-25";
        LineEditResult r = TaskLineEdit.toggle(line, LocalDate.of(2021, 4, 24));
        assertEquals(List.of("- [ ] take out the trash 🔁 every Sunday 📅 2021-05-02",
                "- [x] take out the trash 🔁 every Sunday 📅 2021-04-25 ✅ 2021-04-24"), r.lines());
    }

    @Test
    void theNewOccurrenceKeepsTheDistancesBetweenDates() {
        assertEquals(Optional.of("-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-11-11 📅 2021-11-13"),
                TaskLineEdit.nextOccurrence("-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-10-28 📅 2021-10-30",
                        TODAY));
    }

    @Test
    void whenDoneCountsFromToday() {
        LocalDate today = LocalDate.of(2022, 2, 13);
        assertEquals(List.of("- [ ] sweep 🔁 every week when done ⏳ 2022-02-20",
                        "- [x] sweep 🔁 every week when done ⏳ 2021-02-06 ✅ 2022-02-13"),
                TaskLineEdit.toggle("- [ ] sweep 🔁 every week when done ⏳ 2021-02-06", today).lines());
        assertEquals(List.of("- [ ] sweep 🔁 every week ⏳ 2021-02-13",
                        "- [x] sweep 🔁 every week ⏳ 2021-02-06 ✅ 2022-02-13"),
                TaskLineEdit.toggle("- [ ] sweep 🔁 every week ⏳ 2021-02-06", today).lines());
    }

    @Test
    void theNewOccurrenceDropsWhatBelongsToTheCompletedOne() {
        String line = "  - [/] a 🔁 every day ➕ 2025-01-01 🛫 2025-11-01 📅 2025-11-08 🆔 abc ⛔ x1 ❌ 2025-11-02 #t ^blk";
        LineEditResult r = TaskLineEdit.toggle(line, TODAY);
        assertEquals(Optional.of("  - [ ] a 🔁 every day ➕ 2025-11-10 🛫 2025-11-02 📅 2025-11-09 #t"),
                r.nextOccurrence());
        assertEquals("  - [x] a 🔁 every day ➕ 2025-01-01 🛫 2025-11-01 📅 2025-11-08 🆔 abc ⛔ x1 #t ✅ 2025-11-10 ^blk",
                r.edited());
    }

    @Test
    void aRecurringTaskWithoutDatesRecursWithoutDates() {
        assertEquals(List.of("- [ ] Do stuff 🔁 every day", "- [x] Do stuff 🔁 every day ✅ 2025-11-10"),
                TaskLineEdit.toggle("- [ ] Do stuff 🔁 every day", TODAY).lines());
    }

    @Test
    void onlyEnteringDoneCreatesAnOccurrence() {
        String done = "- [x] a 🔁 every day 📅 2025-11-08 ✅ 2025-11-08";
        assertEquals(Optional.empty(), TaskLineEdit.toggle(done, TODAY).nextOccurrence());
        assertEquals(Optional.empty(), TaskLineEdit.setStatus(done, 'X', TODAY).nextOccurrence());
        assertEquals(Optional.empty(),
                TaskLineEdit.setStatus("- [ ] a 🔁 every day 📅 2025-11-08", '-', TODAY).nextOccurrence());
        assertTrue(TaskLineEdit.setStatus("- [-] a 🔁 every day 📅 2025-11-08", 'x', TODAY).nextOccurrence()
                .isPresent());
    }

    @Test
    void aRuleVaultDeskCannotFollowIsRefusedNotDropped() {
        LineEditException e = assertThrows(LineEditException.class,
                () -> TaskLineEdit.toggle("- [ ] pay 🔁 every month on the last Friday 📅 2025-11-28", TODAY));
        assertTrue(e.getMessage().contains("every month on the last Friday"), e.getMessage());
        assertThrows(LineEditException.class,
                () -> TaskLineEdit.toggle("- [ ] pay 🔁 every month 📅 2025-02-30", TODAY));
        assertEquals("- [ ] pay 🔁 every month on the last Friday 📅 2025-11-28",
                TaskLineEdit.toggle("- [x] pay 🔁 every month on the last Friday 📅 2025-11-28 ✅ 2025-11-28",
                        TODAY).edited(), "unticking needs no rule");
    }

    @Test
    void nextOccurrenceOfATaskThatDoesNotRecurIsEmpty() {
        assertEquals(Optional.empty(), TaskLineEdit.nextOccurrence("- [ ] a 📅 2025-11-08", TODAY));
    }
}
