package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskLineParserTest {
    private final TaskLineParser parser = new TaskLineParser();

    private TaskLine parse(String line) {
        return parser.parse(line, 7).orElseThrow(() -> new AssertionError("not a task: " + line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- [ ] a", "* [ ] a", "+ [ ] a", "1. [ ] a", "12) [ ] a", "    - [ ] a", "\t- [ ] a",
            "> - [ ] a", "> > * [ ] a", "-   [ ] a", "- [ ]a"})
    void recognisesEveryListMarkerIndentAndQuote(String line) {
        assertTrue(parser.parse(line, 1).isPresent(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"- a", "-[ ] a", "[ ] a", "- [] a", "- [ab] a", "text - [ ] a", "1 [ ] a", "", "- ["})
    void rejectsWhatIsNotATask(String line) {
        assertTrue(parser.parse(line, 1).isEmpty(), line);
    }

    @Test
    void readsStatusFromTheSymbol() {
        assertEquals(TaskStatus.OPEN, parse("- [ ] a").status());
        assertEquals(TaskStatus.DONE, parse("- [x] a").status());
        assertEquals(TaskStatus.DONE, parse("- [X] a").status());
        assertEquals(TaskStatus.CANCELLED, parse("- [-] a").status());
        assertEquals(TaskStatus.IN_PROGRESS, parse("- [/] a").status());
        assertEquals(TaskStatus.OPEN, parse("- [?] a").status());
        assertEquals(TaskStatus.OPEN, parse("- [😀] a").status());
        assertEquals("😀".codePointAt(0), parse("- [😀] a").symbol());
    }

    @Test
    void readsEveryFieldFromTheEnd() {
        TaskLine t = parse("- [x] Ship it @Ann Lee 🔺 🔁 every week when done ➕ 2025-01-01 🛫 2025-01-02 "
                + "⏳ 2025-01-03 📅 2025-01-04 ✅ 2025-01-05 ❌ 2025-01-06 🆔 abc-1 ⛔ x1, y2 #work #a/b ^blk-1");
        assertEquals("Ship it", t.description());
        assertEquals("Ann Lee", t.ownerRun());
        assertEquals(Priority.HIGHEST, t.priority());
        assertEquals(Optional.of("every week when done"), t.recurrence());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), t.created());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), t.start());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 3)), t.scheduled());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 4)), t.due());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 5)), t.done());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 6)), t.cancelled());
        assertEquals(Optional.of("abc-1"), t.id());
        assertEquals(List.of("x1", "y2"), t.dependsOn());
        assertEquals(List.of("work", "a/b"), t.tags());
        assertEquals(Optional.of("blk-1"), t.blockId());
    }

    @Test
    void fieldOrderDoesNotMatter() {
        TaskLine a = parse("- [ ] Call Bo @Myself 📅 2025-11-08 ⏫ #task");
        TaskLine b = parse("- [ ] Call Bo @Myself #task ⏫ 📅 2025-11-08");
        TaskLine c = parse("- [ ] Call Bo ⏫ #task 📅 2025-11-08 @Myself");
        for (TaskLine t : List.of(a, b, c)) {
            assertEquals("Call Bo", t.description());
            assertEquals("Myself", t.ownerRun());
            assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), t.due());
            assertEquals(Priority.HIGH, t.priority());
            assertEquals(List.of("task"), t.tags());
        }
    }

    @Test
    void everyPriority() {
        assertEquals(Priority.HIGHEST, parse("- [ ] a 🔺").priority());
        assertEquals(Priority.HIGH, parse("- [ ] a ⏫").priority());
        assertEquals(Priority.MEDIUM, parse("- [ ] a 🔼").priority());
        assertEquals(Priority.LOW, parse("- [ ] a 🔽").priority());
        assertEquals(Priority.LOWEST, parse("- [ ] a ⏬").priority());
        assertEquals(Priority.NONE, parse("- [ ] a").priority());
        assertEquals(Priority.HIGH, parse("- [ ] a ⏫\uFE0F").priority());
    }

    @Test
    void dueDateAlternativesAndInvalidDates() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), parse("- [ ] a 📆 2025-02-03").due());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), parse("- [ ] a 📅2025-02-03").due());
        TaskLine invalid = parse("- [ ] Fix bug ⏫ 📅 2025-02-30");
        assertEquals(Optional.empty(), invalid.due(), "an impossible date is no due date...");
        assertEquals(Priority.HIGH, invalid.priority(), "...but is taken off like a field, as Obsidian Tasks does");
        assertEquals("Fix bug", invalid.description());
    }

    @Test
    void fieldsInTheMiddleOfTheTextAreText() {
        TaskLine t = parse("- [ ] Move 📅 2025-01-01 to next week");
        assertEquals(Optional.empty(), t.due());
        assertEquals("Move 📅 2025-01-01 to next week", t.description());
    }

    @Test
    void ownerRunsToTheNextSignifierOrTag() {
        assertEquals("Kanchan Mehrotra", parse("- [ ] Reach out @Kanchan Mehrotra 📅 2025-11-08 ⏫ #task").ownerRun());
        assertEquals("Kanchan Mehrotra", parse("- [ ] Reach out @Kanchan Mehrotra #task").ownerRun());
        assertEquals("Kanchan Mehrotra to send it", parse("- [ ] Ask @Kanchan Mehrotra to send it").ownerRun());
        assertEquals("Bo to send", parse("- [ ] Ask @Bo to send #x it 📅 2025-01-01").ownerRun());
        assertEquals("", parse("- [ ] Mail bob@example.com").ownerRun());
        assertEquals("", parse("- [ ] Meet @ 5pm").ownerRun());
    }

    @Test
    void keepsTheLineNumber() {
        assertEquals(7, parse("- [ ] a").line());
    }

    @Test
    void emptyTaskIsATask() {
        TaskLine t = parse("- [ ]");
        assertEquals("", t.description());
        assertEquals(TaskStatus.OPEN, t.status());
    }
}
