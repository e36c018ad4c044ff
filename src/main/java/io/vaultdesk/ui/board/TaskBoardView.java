package io.vaultdesk.ui.board;

import io.vaultdesk.app.board.Board;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.index.TaskRow;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The task board: toolbar, the due columns' header, and the lanes as one virtualised list of rows. Keyboard:
 * arrows move between cards, Space ticks, Enter opens; cards drag to another lane or column.
 */
public final class TaskBoardView extends BorderPane {
    private final TaskBoardModel model;
    private final BoardToolbar toolbar;
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final ListView<BoardRow> list = new ListView<>(rows);
    private final HBox columnHeader = new HBox();
    private final BoardSelection selection = new BoardSelection(rows);
    /** The card being dragged, if a drag started on this board. */
    TaskRow dragged;

    public TaskBoardView(TaskBoardModel model) {
        this.model = model;
        setId("task-board");
        getStyleClass().add("task-board");
        toolbar = new BoardToolbar(model);
        columnHeader.getStyleClass().add("board-columns");
        columnHeader.setPadding(new Insets(4, 14, 4, 10));
        list.setId("board-list");
        list.getStyleClass().add("board-list");
        list.setCellFactory(v -> new BoardCell(this));
        Label placeholder = new Label();
        placeholder.setId("board-placeholder");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.readingProperty())
                .then("Reading the tasks…").otherwise("No tasks match"));
        list.setPlaceholder(placeholder);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        VBox top = new VBox(toolbar, columnHeader);
        setTop(top);
        setCenter(list);
        model.boardProperty().addListener((o, was, now) -> layOut());
        model.collapsed().addListener((javafx.collections.SetChangeListener<String>) c -> layOut());
    }

    private void layOut() {
        Board board = model.boardProperty().get();
        TaskRow keep = selection.selected();
        if (board == null) {
            rows.clear();
            columnHeader.getChildren().clear();
            return;
        }
        rows.setAll(BoardRows.of(board, model.collapsed()));
        columnHeader.getChildren().clear();
        if (board.grouping() == Grouping.OWNER_FIRST) {
            for (DueBucket b : DueBucket.values()) {
                Label l = new Label(b.label() + "  " + board.columnCounts().getOrDefault(b, 0));
                l.getStyleClass().addAll("board-column", "column-" + b.name().toLowerCase(java.util.Locale.ROOT));
                l.setMaxWidth(Double.MAX_VALUE);
                l.setPrefWidth(0);
                HBox.setHgrow(l, Priority.ALWAYS);
                columnHeader.getChildren().add(l);
            }
        }
        columnHeader.setVisible(board.grouping() == Grouping.OWNER_FIRST);
        columnHeader.setManaged(board.grouping() == Grouping.OWNER_FIRST);
        selection.restore(keep);
        list.refresh();
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean moved = switch (code) {
            case UP -> selection.up();
            case DOWN -> selection.down();
            case LEFT -> selection.left();
            case RIGHT -> selection.right();
            default -> false;
        };
        if (moved) {
            reveal();
            e.consume();
            return;
        }
        TaskRow chosen = selection.selected();
        if (chosen != null && code == KeyCode.SPACE) {
            model.edit(chosen, new io.vaultdesk.app.TaskEdit.Toggle());
            e.consume();
        } else if (chosen != null && code == KeyCode.ENTER) {
            model.open(chosen);
            e.consume();
        }
    }

    private void reveal() {
        int row = selection.row();
        if (row >= 0) {
            list.scrollTo(Math.max(0, row - 2));
        }
        list.refresh();
    }

    void select(int row, int column) {
        selection.select(row, column);
        list.requestFocus();
        list.refresh();
    }

    boolean isSelected(int row, int column) {
        return selection.row() == row && selection.column() == column;
    }

    LocalDate today() {
        Board b = model.boardProperty().get();
        return b == null ? LocalDate.now() : b.today();
    }

    TaskBoardModel model() {
        return model;
    }

    TaskRow selectedTask() {
        return selection.selected();
    }

    /** The rows as laid out, for tests. */
    List<BoardRow> rows() {
        return rows;
    }

    public void focusBoard() {
        list.requestFocus();
    }

    public void focusFilter() {
        toolbar.focusText();
    }
}
