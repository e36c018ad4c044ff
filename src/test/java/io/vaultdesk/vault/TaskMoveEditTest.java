package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moving a card on the board: its due date and its owner, rewritten in place. */
class TaskMoveEditTest {
    private static final Optional<LocalDate> DEC_1 = Optional.of(LocalDate.of(2025, 12, 1));

    private static TaskLine parse(String line) {
        return new TaskLineParser().parse(MojibakeRepair.instance().repair(line), 1).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- [ ] Send deck 📅 2025-11-08 ⏫ #task|- [ ] Send deck 📅 2025-12-01 ⏫ #task",
            "- [ ] Send deck ⏫ 📅 2025-11-08|- [ ] Send deck ⏫ 📅 2025-12-01",
            "- [ ] Send deck|- [ ] Send deck 📅 2025-12-01",
            "- [ ] Send deck ⏫ ^abc|- [ ] Send deck ⏫ 📅 2025-12-01 ^abc",
            "  > * [/] Send deck 🗓 2025-11-08 ⏫|  > * [/] Send deck 🗓 2025-12-01 ⏫",
    })
    void setsTheDueDateWhereItIsOrAddsIt(String line, String expected) {
        assertEquals(expected, TaskLineEdit.setDue(line, DEC_1));
        assertEquals(DEC_1, parse(expected).due());
    }

    @Test
    void removingTheDueDateTakesTheFieldAndOneBlank() {
        assertEquals("- [ ] Send deck ⏫ #task", TaskLineEdit.setDue("- [ ] Send deck 📅 2025-11-08 ⏫ #task",
                Optional.empty()));
        assertEquals("- [ ] Send deck", TaskLineEdit.setDue("- [ ] Send deck", Optional.empty()));
    }

    @Test
    void addingThenRemovingADueDateGivesBackTheLine() {
        String line = "- [ ] Call @Ana Silva ⏫ #task ^id-1";
        assertEquals(line, TaskLineEdit.setDue(TaskLineEdit.setDue(line, DEC_1), Optional.empty()));
    }

    @Test
    void movesAMojibakeDueDateKeepingTheRestAsWritten() {
        String line = "- [ ] Reach out @Kanchan Mehrotra ğŸ“… 2025-11-08 â« #task";
        String moved = TaskLineEdit.setDue(line, DEC_1);
        assertEquals("- [ ] Reach out @Kanchan Mehrotra ğŸ“… 2025-12-01 â« #task", moved);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- [ ] Reach out to X @Kanchan Mehrotra 📅 2025-11-08 ⏫ #task|Kanchan Mehrotra"
                    + "|- [ ] Reach out to X @Ana Silva 📅 2025-11-08 ⏫ #task",
            "- [ ] Reach out 📅 2025-11-08 @Kanchan|Kanchan|- [ ] Reach out 📅 2025-11-08 @Ana Silva",
            "- [ ] Reach out 📅 2025-11-08|''|- [ ] Reach out @Ana Silva 📅 2025-11-08",
            "- [ ] Reach out #task|''|- [ ] Reach out @Ana Silva #task",
            "- [ ] Reach out|''|- [ ] Reach out @Ana Silva",
    })
    void givesTheTaskToAnotherOwner(String line, String current, String expected) {
        String moved = TaskLineEdit.setOwner(line, current, Optional.of("Ana Silva"));
        assertEquals(expected, moved);
        assertEquals("Ana Silva", parse(moved).ownerRun());
    }

    @Test
    void wordsAfterAResolvedOwnerStay() {
        // the index resolved "Kanchan Mehrotra" (a person note) out of the run "Kanchan Mehrotra (lead)"
        assertEquals("- [ ] Review @Ana (lead) 📅 2025-11-08",
                TaskLineEdit.setOwner("- [ ] Review @Kanchan Mehrotra (lead) 📅 2025-11-08", "Kanchan Mehrotra",
                        Optional.of("Ana")));
    }

    @Test
    void anOwnerRunningToTheFieldsIsReplacedUpToTheResolvedName() {
        assertEquals("- [ ] @Bo to send the deck 📅 2025-11-08", TaskLineEdit.setOwner(
                "- [ ] @Ana to send the deck 📅 2025-11-08", "Ana", Optional.of("Bo")));
    }

    @Test
    void theOwnerRewrittenIsTheOneTheParserReads() {
        String line = "- [ ] Do it @Ana @Bob";
        assertEquals("Bob", parse(line).ownerRun());
        String moved = TaskLineEdit.setOwner(line, "Bob", Optional.of("Carl"));
        assertEquals("- [ ] Do it @Ana @Carl", moved);
        assertEquals("Carl", parse(moved).ownerRun());
    }

    @Test
    void aResolvedNameMatchesHoweverItsWordsAreSpaced() {
        assertEquals("- [ ] Do it @Bob to follow up", TaskLineEdit.setOwner("- [ ] Do it @Ana  Silva to follow up",
                "Ana Silva", Optional.of("Bob")));
        assertEquals("- [ ] Do it @Bob", TaskLineEdit.setOwner("- [ ] Do it @Anabel", "Ana", Optional.of("Bob")),
                "a name is matched whole, not as the start of a longer one");
    }

    @Test
    void removingTheOwnerGivesBackALineWithout() {
        String line = "- [ ] Reach out 📅 2025-11-08 ⏫";
        String given = TaskLineEdit.setOwner(line, "", Optional.of("Ana Silva"));
        assertEquals(line, TaskLineEdit.setOwner(given, "Ana Silva", Optional.empty()));
    }

    @Test
    void anOwnerInsideTheSentenceIsNotRewritten() {
        LineEditException e = assertThrows(LineEditException.class, () -> TaskLineEdit.setOwner(
                "- [ ] Ask @Ana #urgent about the deck 📅 2025-11-08", "Ana", Optional.of("Bo")));
        assertEquals("the owner is written inside the task's description; change it in the note", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"'Ana #lead'", "'Ana 📅'", "' Ana'", "'Ana@x'", "''", "'Ana ^x1'"})
    void refusesANameThatWouldNotReadBack(String name) {
        assertThrows(LineEditException.class, () -> TaskLineEdit.setOwner("- [ ] Do it", "", Optional.of(name)));
    }
}
