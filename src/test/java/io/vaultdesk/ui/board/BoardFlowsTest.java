package io.vaultdesk.ui.board;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.board.BoardMove;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.app.board.OwnerLanes;
import io.vaultdesk.app.board.Split;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.ui.Place;
import io.vaultdesk.ui.SampleWindow;
import io.vaultdesk.vault.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The task board as a user works it, on a fresh copy of the sample vault, headless. */
class BoardFlowsTest extends io.vaultdesk.ui.SampleWindowTest {
    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        show(stage);
    }

    private TaskBoardView openBoard(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        TaskBoardView board = robot.lookup("#task-board").queryAs(TaskBoardView.class);
        waitUntil(() -> cards(board).count() > 0);
        return board;
    }

    private static Stream<TaskRow> cards(TaskBoardView board) {
        return List.copyOf(board.rows()).stream().filter(r -> r instanceof BoardRow.Cards)
                .flatMap(r -> ((BoardRow.Cards) r).cells().stream()).filter(Objects::nonNull);
    }

    private static Optional<TaskRow> card(TaskBoardView board, TaskRow like) {
        return cards(board).filter(c -> c.path().equals(like.path()) && c.task().line() == like.task().line())
                .findFirst();
    }

    @Test
    void spaceTicksTheSelectedCardInTheFileAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        TaskBoardView board = openBoard(robot);
        assertEquals(46, board.model().boardProperty().get().shown(), "every open task of the sample vault");
        robot.clickOn("#board-list");
        robot.type(KeyCode.DOWN);
        TaskRow chosen = board.selectedTask();
        assertTrue(chosen != null && chosen.task().isOpen());
        Path file = vault.resolve(chosen.path());
        byte[] original = Files.readAllBytes(file);
        List<String> before = new String(original, UTF_8).lines().toList();

        robot.type(KeyCode.SPACE);
        waitUntil(() -> !Arrays.equals(original, Files.readAllBytes(file)));
        List<String> after = Files.readString(file, UTF_8).lines().toList();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i + 1 == chosen.task().line()) {
                assertTrue(after.get(i).startsWith(before.get(i).replaceFirst("\\[ \\]", "[x]").stripTrailing()),
                        after.get(i));
                assertTrue(after.get(i).endsWith("✅ " + LocalDate.now()), after.get(i));
            } else {
                assertEquals(before.get(i), after.get(i), "line " + (i + 1) + " stays as it was");
            }
        }
        // the card leaves the open board, and shows as done when done tasks are shown
        waitUntil(() -> card(board, chosen).isEmpty(), "the ticked card leaves the open board");
        robot.clickOn("#show-done");
        waitUntil(() -> card(board, chosen).map(c -> c.task().status() == TaskStatus.DONE).orElse(false),
                "the card shows as done");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> Arrays.equals(original, Files.readAllBytes(file)), "undo gives back the bytes");
        waitUntil(() -> card(board, chosen).map(c -> c.task().status() == TaskStatus.OPEN).orElse(false),
                "the card is open again");
    }

    @Test
    void enterOpensTheNoteAtTheTasksLine(FxRobot robot) throws Exception {
        TaskBoardView board = openBoard(robot);
        robot.clickOn("#board-list");
        robot.type(KeyCode.DOWN, KeyCode.RIGHT);
        TaskRow chosen = board.selectedTask();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> new Place(chosen.path(), chosen.task().line()).equals(model.placeProperty().get()),
                "the note is open at the task");
        assertTrue(robot.lookup("#task-board").tryQuery().isEmpty(), "the reader took the board's place");
    }

    @Test
    void groupingFlipsToDueDateAndFiltersCombine(FxRobot robot) throws Exception {
        TaskBoardView board = openBoard(robot);
        int all = board.model().boardProperty().get().shown();
        robot.clickOn("#group-by-due");
        waitUntil(() -> board.model().boardProperty().get().grouping() == Grouping.DUE_FIRST);
        assertEquals("Overdue", ((BoardRow.LaneHeader) board.rows().get(0)).lane().label());

        robot.clickOn("#split-i-owe");
        waitUntil(() -> board.model().boardProperty().get().shown() < all);
        int mine = board.model().boardProperty().get().shown();
        assertEquals(mine, (int) board.model().boardProperty().get().splitCounts().get(Split.I_OWE));
        assertTrue(cards(board).allMatch(c -> board.model().ownerKey(c).equals(OwnerLanes.ME)));

        robot.clickOn("#board-text").write("Nimbus");
        waitUntil(() -> board.model().boardProperty().get().shown() < mine);
        assertTrue(cards(board).allMatch(c -> (c.task().description() + c.noteTitle() + c.path())
                .toLowerCase(Locale.ROOT).contains("nimbus")));
        robot.clickOn("#clear-filters");
        waitUntil(() -> board.model().boardProperty().get().shown() == mine, "the split stays, the rest clears");
    }

    @Test
    void droppingACardInAnotherLaneAndColumnRewritesItsOwnerAndDueDate(FxRobot robot) throws Exception {
        TaskBoardView board = openBoard(robot);
        TaskRow chosen = cards(board).filter(c -> c.task().owner().equals("Elena Sorensen")
                && c.task().due().isPresent()).findFirst().orElseThrow();
        Path file = vault.resolve(chosen.path());
        int index = chosen.task().line() - 1;
        String line = Files.readString(file, UTF_8).lines().toList().get(index);
        // what a drop on Priya Raman's lane, "No date" column does (Monocle has no drag and drop to drive)
        robot.interact(() -> board.model().move(chosen, new BoardMove("owner:priya raman", "Priya Raman",
                DueBucket.NO_DATE)));
        waitUntil(() -> Files.readString(file, UTF_8).lines().toList().get(index).contains("@Priya Raman"),
                "the owner is rewritten");
        String moved = Files.readString(file, UTF_8).lines().toList().get(index);
        assertEquals(line.replace("@Elena Sorensen", "@Priya Raman").replaceAll(" 📅 \\d{4}-\\d{2}-\\d{2}", ""),
                moved);
        waitUntil(() -> cards(board).anyMatch(c -> c.path().equals(chosen.path())
                && c.task().line() == chosen.task().line() && c.task().owner().equals("Priya Raman")
                && c.task().due().isEmpty()), "the card is in Priya Raman's lane, without a date");
    }

    @Test
    void aChosenOwnerAndTagThatNoTaskHasAnyMoreLeaveTheFilter(FxRobot robot) throws Exception {
        TaskBoardView board = openBoard(robot);
        int all = board.model().boardProperty().get().shown();
        Path probe = vault.resolve("Probe.md");
        Files.writeString(probe, "- [ ] Call back @Zed Vanish #vanishing\n", UTF_8);
        waitUntil(() -> board.model().boardProperty().get().shown() == all + 1, "the new task is on the board");
        var owners = robot.lookup("#owner-filter").queryAs(org.controlsfx.control.CheckComboBox.class);
        javafx.scene.control.ComboBox<String> tag = robot.lookup("#tag-filter").queryComboBox();
        robot.interact(() -> {
            Object zed = owners.getItems().stream().filter(o -> o.toString().contains("Zed Vanish")).findFirst()
                    .orElseThrow();
            owners.getCheckModel().check(zed);
            tag.getSelectionModel().select(tag.getItems().stream().filter(t -> t.contains("vanishing")).findFirst()
                    .orElseThrow());
        });
        waitUntil(() -> board.model().boardProperty().get().shown() == 1, "the filter shows the one task");

        Files.delete(probe);
        waitUntil(() -> board.model().boardProperty().get().shown() == all, "every open task again");
        assertTrue(SampleWindow.onFx(() -> tag.getValue().equals("Any tag")
                && owners.getCheckModel().getCheckedItems().isEmpty()
                && board.model().filterProperty().get().owners().isEmpty()
                && board.model().filterProperty().get().tag().isEmpty()).call(), "the boxes and the filter agree");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        SampleWindow.waitUntil(condition);
    }

    private static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        SampleWindow.waitUntil(condition, what);
    }
}
