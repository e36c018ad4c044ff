package io.vaultdesk.app.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.vaultdesk.app.TaskEdit;
import org.junit.jupiter.api.Test;

class TaskBoardTest {
    /** A Wednesday: this week runs to Sunday the 16th, next week from Monday the 17th to the 23rd. */
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 12);
    private final List<TaskRow> rows = new ArrayList<>();

    private TaskRow task(String description, String owner, String due, Priority priority, TaskStatus status,
                         String account, String... tags) {
        int line = rows.size() + 1;
        TaskRow row = new TaskRow(new IndexedTask(1, line, status, description, owner,
                Optional.ofNullable(due).map(LocalDate::parse), priority, List.of(tags), "Action Items"),
                "Meetings/m" + line + ".md", "Meeting " + line, Optional.of("2025-11-0" + (line % 9 + 1)),
                account == null ? List.of() : List.of(account), 42L);
        rows.add(row);
        return row;
    }

    private TaskRow open(String description, String owner, String due, Priority priority) {
        return task(description, owner, due, priority, TaskStatus.OPEN, "Acme", "task");
    }

    private static List<String> descriptions(List<TaskRow> cards) {
        return cards.stream().map(r -> r.task().description()).toList();
    }

    @Test
    void dueBucketsFollowTheWeek() {
        assertEquals(DueBucket.OVERDUE, DueBucket.of(Optional.of(TODAY.minusDays(1)), TODAY));
        assertEquals(DueBucket.TODAY, DueBucket.of(Optional.of(TODAY), TODAY));
        assertEquals(DueBucket.THIS_WEEK, DueBucket.of(Optional.of(LocalDate.of(2025, 11, 16)), TODAY));
        assertEquals(DueBucket.NEXT_WEEK, DueBucket.of(Optional.of(LocalDate.of(2025, 11, 17)), TODAY));
        assertEquals(DueBucket.NEXT_WEEK, DueBucket.of(Optional.of(LocalDate.of(2025, 11, 23)), TODAY));
        assertEquals(DueBucket.LATER, DueBucket.of(Optional.of(LocalDate.of(2025, 11, 24)), TODAY));
        assertEquals(DueBucket.NO_DATE, DueBucket.of(Optional.empty(), TODAY));
        LocalDate sunday = LocalDate.of(2025, 11, 16);
        assertEquals(DueBucket.NEXT_WEEK, DueBucket.of(Optional.of(sunday.plusDays(1)), sunday));
    }

    @Test
    void droppingOnAColumnGivesADateInIt() {
        for (LocalDate day = TODAY; day.isBefore(TODAY.plusDays(7)); day = day.plusDays(1)) {
            for (DueBucket b : DueBucket.values()) {
                Optional<LocalDate> date = b.dropDate(day);
                if (date != null) {
                    assertEquals(b, DueBucket.of(date, day), b + " on " + day);
                }
            }
        }
        assertNull(DueBucket.OVERDUE.dropDate(TODAY));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 14)), DueBucket.THIS_WEEK.dropDate(TODAY));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), DueBucket.THIS_WEEK.dropDate(LocalDate.of(2025, 11, 15)));
        assertNull(DueBucket.THIS_WEEK.dropDate(LocalDate.of(2025, 11, 16)), "Sunday: nothing left of the week");
        assertEquals(Optional.empty(), DueBucket.NO_DATE.dropDate(TODAY));
    }

    @Test
    void lanesPutMeFirstThenOthersByCountThenNoOwner() {
        open("a", "Bo", "2025-11-10", Priority.NONE);
        open("b", "", null, Priority.NONE);
        open("c", "Ann", null, Priority.NONE);
        open("d", "ann", "2025-11-12", Priority.NONE);
        open("e", "Myself", null, Priority.NONE);
        open("f", "Kanchan Mehrotra", null, Priority.NONE);
        Board board = new TaskBoard(rows, List.of("Myself", "Kanchan Mehrotra")).arrange(BoardFilter.OPEN,
                Grouping.OWNER_FIRST, TODAY);
        assertEquals(List.of("Me", "Ann", "Bo", "No owner"), board.lanes().stream().map(Lane::label).toList());
        Lane me = board.lanes().get(0);
        assertEquals(2, me.count());
        assertEquals(DueBucket.values().length, me.groups().size(), "every column, so they line up");
        Lane ann = board.lanes().get(1);
        assertEquals(List.of("d"), descriptions(ann.groups().get(DueBucket.TODAY.ordinal()).cards()));
        assertEquals(List.of("c"), descriptions(ann.groups().get(DueBucket.NO_DATE.ordinal()).cards()));
        assertEquals(Map.of(DueBucket.OVERDUE, 1, DueBucket.TODAY, 1, DueBucket.THIS_WEEK, 0, DueBucket.NEXT_WEEK, 0,
                DueBucket.LATER, 0, DueBucket.NO_DATE, 4), board.columnCounts());
        assertEquals(6, board.shown());
    }

    @Test
    void cardsAreSortedByPriorityThenDueDate() {
        open("low soon", "Bo", "2025-11-13", Priority.LOW);
        open("none later", "Bo", "2025-11-15", Priority.NONE);
        open("high late", "Bo", "2025-11-16", Priority.HIGH);
        open("high soon", "Bo", "2025-11-14", Priority.HIGH);
        open("highest", "Bo", "2025-11-16", Priority.HIGHEST);
        Board board = new TaskBoard(rows, List.of()).arrange(BoardFilter.OPEN, Grouping.OWNER_FIRST, TODAY);
        assertEquals(List.of("highest", "high soon", "high late", "none later", "low soon"),
                descriptions(board.lanes().get(0).groups().get(DueBucket.THIS_WEEK.ordinal()).cards()));
    }

    /** The written-out card order agrees with its plain statement on rows given in no order. */
    @Test
    void cardOrderIsPriorityThenDueNoneLastThenPathThenLine() {
        Comparator<TaskRow> statement = Comparator.<TaskRow>comparingInt(r -> r.task().priority().ordinal())
                .thenComparing(r -> r.task().due().orElse(LocalDate.MAX))
                .thenComparing(TaskRow::path)
                .thenComparingInt(r -> r.task().line());
        java.util.Random random = new java.util.Random(3);
        List<TaskRow> shuffled = new ArrayList<>();
        for (int k = 0; k < 2_000; k++) {
            String due = random.nextInt(4) == 0 ? null : "2025-11-" + (10 + random.nextInt(5));
            shuffled.add(new TaskRow(new IndexedTask(1, 1 + random.nextInt(5), TaskStatus.OPEN, "t" + k, "Bo",
                    Optional.ofNullable(due).map(LocalDate::parse),
                    Priority.values()[random.nextInt(Priority.values().length)], List.of(), ""),
                    "Meetings/m" + random.nextInt(5) + ".md", "", Optional.empty(), List.of(), 1L));
        }
        List<TaskRow> expected = new ArrayList<>(shuffled);
        expected.sort(statement);
        List<TaskRow> actual = new ArrayList<>(shuffled);
        actual.sort(TaskBoard.CARD_ORDER);
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(0, statement.compare(expected.get(k), actual.get(k)), "card " + k);
        }
        Board board = new TaskBoard(shuffled, List.of()).arrange(BoardFilter.OPEN, Grouping.DUE_FIRST, TODAY);
        List<TaskRow> shown = board.lanes().stream().flatMap(l -> l.groups().stream())
                .flatMap(g -> g.cards().stream()).toList();
        assertEquals(shuffled.stream().filter(r -> r.task().isOpen()).count(), shown.size(), "every open card");
        for (int k = 1; k < shown.size(); k++) {
            // within a due bucket and owner, the cards come in card order
            TaskRow before = shown.get(k - 1);
            TaskRow after = shown.get(k);
            if (DueBucket.of(before.task().due(), TODAY) == DueBucket.of(after.task().due(), TODAY)) {
                assertTrue(statement.compare(before, after) <= 0, "card " + k);
            }
        }
    }

    @Test
    void dueFirstMakesALanePerBucketWithTheOwnersInside() {
        open("a", "Bo", "2025-11-10", Priority.NONE);
        open("b", "Myself", "2025-11-11", Priority.NONE);
        open("c", "Bo", null, Priority.NONE);
        Board board = new TaskBoard(rows, List.of("Myself")).arrange(BoardFilter.OPEN, Grouping.DUE_FIRST, TODAY);
        assertEquals(List.of("Overdue", "Today", "This week", "Next week", "Later", "No date"),
                board.lanes().stream().map(Lane::label).toList());
        Lane overdue = board.lanes().get(0);
        assertEquals(2, overdue.count());
        assertEquals(List.of("Me", "Bo"), overdue.groups().stream().map(CardGroup::label).toList());
        assertEquals(List.of(), board.lanes().get(1).groups(), "nothing due today");
    }

    @Test
    void filtersCombineAndDoneIsHiddenUnlessAsked() {
        open("Send the deck to Acme", "Bo", "2025-11-10", Priority.HIGH);
        task("Old thing", "Bo", "2025-11-01", Priority.HIGH, TaskStatus.DONE, "Acme", "task");
        task("Dropped", "Bo", "2025-11-01", Priority.HIGH, TaskStatus.CANCELLED, "Acme", "task");
        task("Beta work", "Ann", "2025-11-20", Priority.LOW, TaskStatus.IN_PROGRESS, "Beta", "project/q4");
        open("Acme renewal", "Myself", null, Priority.NONE);
        TaskBoard tb = new TaskBoard(rows, List.of("Myself"));
        assertEquals(3, tb.arrange(BoardFilter.OPEN, Grouping.OWNER_FIRST, TODAY).shown());
        assertEquals(5, tb.arrange(BoardFilter.OPEN.withShowDone(true), Grouping.OWNER_FIRST, TODAY).shown());
        assertEquals(2, tb.arrange(BoardFilter.OPEN.withAccount(Optional.of("acme")), Grouping.OWNER_FIRST, TODAY)
                .shown());
        assertEquals(1, tb.arrange(BoardFilter.OPEN.withTag(Optional.of("#project")), Grouping.OWNER_FIRST, TODAY)
                .shown(), "a parent tag takes in its children");
        assertEquals(List.of("Send the deck to Acme"), shownDescriptions(tb, BoardFilter.OPEN.withText("ACME deck")));
        assertEquals(List.of("Send the deck to Acme"), shownDescriptions(tb,
                BoardFilter.OPEN.withText("acme").withPriorities(Set.of(Priority.HIGH))));
        assertEquals(List.of("Send the deck to Acme", "Beta work"), shownDescriptions(tb, BoardFilter.OPEN
                .withDue(Optional.of(LocalDate.of(2025, 11, 5)), Optional.of(LocalDate.of(2025, 11, 30)))));
        assertEquals(List.of("Beta work"), shownDescriptions(tb,
                BoardFilter.OPEN.withOwners(Set.of(new OwnerLanes(List.of()).key("ANN")))));
        assertEquals(List.of("Old thing", "Dropped"), shownDescriptions(tb, BoardFilter.OPEN.withShowDone(true)
                .withDue(Optional.empty(), Optional.of(LocalDate.of(2025, 11, 2)))));
    }

    @Test
    void theSplitAnswersWhatIOweAndWhatIAmWaitingFor() {
        open("mine", "Myself", null, Priority.NONE);
        open("also mine", "Kanchan", null, Priority.NONE);
        open("theirs", "Bo", null, Priority.NONE);
        open("nobody's", "", null, Priority.NONE);
        task("mine, done", "Myself", null, Priority.NONE, TaskStatus.DONE, null);
        TaskBoard tb = new TaskBoard(rows, List.of("Myself", "Kanchan"));
        Board all = tb.arrange(BoardFilter.OPEN.withShowDone(true), Grouping.OWNER_FIRST, TODAY);
        assertEquals(Map.of(Split.ALL, 4, Split.I_OWE, 2, Split.WAITING, 1), all.splitCounts(),
                "open ones only, whatever is shown");
        assertEquals(List.of("mine", "also mine", "mine, done"),
                shownDescriptions(tb, BoardFilter.OPEN.withShowDone(true).withSplit(Split.I_OWE)));
        assertEquals(List.of("theirs"), shownDescriptions(tb, BoardFilter.OPEN.withSplit(Split.WAITING)));
    }

    @Test
    void theOwnerFilterOffersEveryOwnerMeFirst() {
        open("a", "Bo", null, Priority.NONE);
        open("b", "Ann", null, Priority.NONE);
        open("c", "Ann", null, Priority.NONE);
        open("d", "Myself", null, Priority.NONE);
        Board board = new TaskBoard(rows, OwnerLanes.DEFAULT_NAMES).arrange(BoardFilter.OPEN.withSplit(Split.WAITING),
                Grouping.OWNER_FIRST, TODAY);
        assertEquals(List.of("Me", "Ann", "Bo"), board.owners().stream().map(OwnerChoice::label).toList());
        assertEquals(List.of("Acme"), board.accounts());
        assertEquals(List.of("task"), board.tags());
    }

    private List<String> shownDescriptions(TaskBoard tb, BoardFilter filter) {
        Board b = tb.arrange(filter, Grouping.OWNER_FIRST, TODAY);
        return rows.stream().filter(r -> b.lanes().stream().flatMap(l -> l.groups().stream())
                .anyMatch(g -> g.cards().contains(r))).map(r -> r.task().description()).toList();
    }

    @Test
    void droppingACardPlansTheEditOfItsLine() {
        TaskRow card = open("Send it", "Bo", "2025-11-10", Priority.NONE);
        OwnerLanes lanes = new OwnerLanes(List.of("Kanchan", "Myself"));
        List<String> mine = List.of("Kanchan", "Myself");
        assertEquals(BoardMove.Plan.NOTHING,
                new BoardMove(lanes.key("bo"), "Bo", DueBucket.OVERDUE).plan(card, lanes, mine, TODAY));
        BoardMove.Plan toMeToday = new BoardMove(OwnerLanes.ME, "Me", DueBucket.TODAY).plan(card, lanes, mine, TODAY);
        assertEquals("- [ ] Send it @Kanchan 📅 2025-11-12",
                String.join("|", toMeToday.edit().orElseThrow().apply("- [ ] Send it @Bo 📅 2025-11-10", "Bo", TODAY)));
        BoardMove.Plan noOwner = new BoardMove(OwnerLanes.NO_OWNER, "No owner", DueBucket.OVERDUE)
                .plan(card, lanes, mine, TODAY);
        assertEquals(List.of("- [ ] Send it 📅 2025-11-10"),
                noOwner.edit().orElseThrow().apply("- [ ] Send it @Bo 📅 2025-11-10", "Bo", TODAY));
        BoardMove.Plan undated = new BoardMove(lanes.key("Bo"), "Bo", DueBucket.NO_DATE).plan(card, lanes, mine, TODAY);
        assertEquals(List.of("- [ ] Send it @Bo"),
                undated.edit().orElseThrow().apply("- [ ] Send it @Bo 📅 2025-11-10", "Bo", TODAY));
        TaskRow later = open("Later", "Bo", "2025-12-30", Priority.NONE);
        BoardMove.Plan overdue = new BoardMove(lanes.key("Bo"), "Bo", DueBucket.OVERDUE).plan(later, lanes, mine, TODAY);
        assertEquals(Optional.empty(), overdue.edit());
        assertEquals("A card cannot be made overdue; give it a date from its menu instead", overdue.refusal());
    }

    @Test
    void cardsShowLinksAsTheirText() {
        assertEquals("Send Corvid Security the deck", CardText.plain("Send [[Corvid Security]] the deck"));
        assertEquals("Ask Dana about pricing", CardText.plain("Ask [[People/Dana Whitfield|Dana]] about [[#pricing]]"));
        assertEquals("Read Plan and the spec", CardText.plain("Read [[Projects/Plan#Goals]] and [the spec](x.md)"));
        assertEquals("No links [here", CardText.plain("No links [here"));
    }
}
