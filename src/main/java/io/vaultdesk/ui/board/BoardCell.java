package io.vaultdesk.ui.board;

import io.vaultdesk.app.TaskEdit;
import io.vaultdesk.app.board.BoardMove;
import io.vaultdesk.app.board.CardGroup;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.app.board.Lane;
import io.vaultdesk.index.TaskRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** A row of the board: a lane's header, an owner's header in a due lane, or a row of cards (drag sources and drop targets). */
final class BoardCell extends ListCell<BoardRow> {
    private static final String DRAG_MARK = "vaultdesk-card";

    private final TaskBoardView board;
    private final HBox slots = new HBox(8);
    private final List<StackPane> slotPanes = new ArrayList<>();
    private final List<CardView> cards = new ArrayList<>();
    private final Label laneTitle = new Label();
    private final Label laneCount = new Label();
    private final Label laneDetail = new Label();
    private final HBox laneBox = new HBox(8, laneTitle, laneCount, laneDetail);
    private final Label groupTitle = new Label();
    private final HBox groupBox = new HBox(groupTitle);

    BoardCell(TaskBoardView board) {
        this.board = board;
        getStyleClass().add("board-cell");
        slots.setPadding(new Insets(2, 4, 2, 0));
        laneBox.getStyleClass().add("lane-header");
        laneBox.setAlignment(Pos.BASELINE_LEFT);
        laneTitle.getStyleClass().add("lane-title");
        laneCount.getStyleClass().add("lane-count");
        laneDetail.getStyleClass().add("muted");
        groupBox.getStyleClass().add("group-header");
        groupTitle.getStyleClass().add("group-title");
        laneBox.setOnMouseClicked(e -> {
            if (getItem() instanceof BoardRow.LaneHeader h && e.getButton() == MouseButton.PRIMARY) {
                String key = h.lane().key();
                if (!board.model().collapsed().remove(key)) {
                    board.model().collapsed().add(key);
                }
            }
        });
        acceptDrops(laneBox, this::headerTarget);
        acceptDrops(groupBox, this::headerTarget);
        setText(null);
    }

    @Override
    protected void updateItem(BoardRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof BoardRow.LaneHeader h) {
            showLane(h);
            setGraphic(laneBox);
        } else if (row instanceof BoardRow.GroupHeader g) {
            groupTitle.setText(g.group().label() + "  " + g.group().cards().size());
            setGraphic(groupBox);
        } else if (row instanceof BoardRow.Cards c) {
            showCards(c);
            setGraphic(slots);
        }
    }

    private void showLane(BoardRow.LaneHeader h) {
        Lane lane = h.lane();
        laneTitle.setText((h.collapsed() ? "▸ " : "▾ ") + lane.label());
        laneCount.setText(String.valueOf(lane.count()));
        StringBuilder detail = new StringBuilder();
        if (h.bucket() == null) {
            for (CardGroup g : lane.groups()) {
                if (!g.cards().isEmpty()) {
                    detail.append(detail.length() > 0 ? " · " : "").append(g.cards().size()).append(' ')
                            .append(g.label().toLowerCase(java.util.Locale.ROOT));
                }
            }
        } else {
            detail.append(lane.groups().size()).append(lane.groups().size() == 1 ? " owner" : " owners");
        }
        laneDetail.setText(detail.toString());
        laneBox.getStyleClass().removeIf(s -> s.startsWith("lane-"));
        laneBox.getStyleClass().addAll("lane-header", "lane-" + lane.key().replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT));
    }

    private void showCards(BoardRow.Cards row) {
        while (slotPanes.size() < row.cells().size()) {
            int column = slotPanes.size();
            CardView card = new CardView(board.model());
            StackPane pane = new StackPane();
            pane.getStyleClass().add("card-slot");
            pane.setMinWidth(0);
            pane.setPrefWidth(0);
            pane.setMaxWidth(Double.MAX_VALUE);
            pane.setPrefHeight(CardView.HEIGHT);
            HBox.setHgrow(pane, Priority.ALWAYS);
            card.setOnMouseClicked(e -> {
                board.select(getIndex(), column);
                if (e.getClickCount() == 2) {
                    board.model().open(card.task());
                }
            });
            card.setOnDragDetected(e -> {
                if (card.task() == null) {
                    return;
                }
                board.dragged = card.task();
                var dragboard = card.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_MARK);
                dragboard.setContent(content);
                dragboard.setDragView(card.snapshot(null, null));
                e.consume();
            });
            card.setOnDragDone(e -> board.dragged = null);
            card.setOnContextMenuRequested(e -> {
                if (card.task() != null) {
                    board.select(getIndex(), column);
                    menu(card.task()).show(card, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            acceptDrops(pane, ignored -> getItem() instanceof BoardRow.Cards c && column < c.cells().size()
                    ? Optional.of(c.target(column)) : Optional.empty());
            slotPanes.add(pane);
            cards.add(card);
        }
        slots.getChildren().setAll(slotPanes.subList(0, row.cells().size()));
        for (int c = 0; c < row.cells().size(); c++) {
            TaskRow task = row.cells().get(c);
            StackPane pane = slotPanes.get(c);
            if (task == null) {
                pane.getChildren().clear();
            } else {
                cards.get(c).show(task, board.today(), board.isSelected(getIndex(), c), row.bucket() != null);
                if (pane.getChildren().isEmpty()) {
                    pane.getChildren().add(cards.get(c));
                }
            }
        }
    }

    /** A header takes a card into its lane (or owner) and keeps the card's other side as it is. */
    private Optional<BoardMove> headerTarget(TaskRow card) {
        BoardRow row = getItem();
        DueBucket own = DueBucket.of(card.task().due(), board.today());
        String ownKey = board.model().ownerKey(card);
        if (row instanceof BoardRow.LaneHeader h) {
            return Optional.of(h.bucket() == null ? new BoardMove(h.lane().key(), h.lane().label(), own)
                    : new BoardMove(ownKey, card.task().owner(), h.bucket()));
        }
        if (row instanceof BoardRow.GroupHeader g) {
            return Optional.of(new BoardMove(g.group().key(), g.group().label(), g.bucket()));
        }
        return Optional.empty();
    }

    private void acceptDrops(Node target, Function<TaskRow, Optional<BoardMove>> where) {
        target.setOnDragOver(e -> {
            if (board.dragged != null && where.apply(board.dragged).isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> highlight(target, e, true));
        target.setOnDragExited(e -> highlight(target, e, false));
        target.setOnDragDropped(e -> {
            TaskRow card = board.dragged;
            Optional<BoardMove> move = card == null ? Optional.empty() : where.apply(card);
            move.ifPresent(m -> board.model().move(card, m));
            e.setDropCompleted(move.isPresent());
            e.consume();
        });
    }

    private void highlight(Node target, DragEvent e, boolean on) {
        if (board.dragged != null) {
            target.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), on);
        }
        e.consume();
    }

    private ContextMenu menu(TaskRow task) {
        TaskBoardModel model = board.model();
        MenuItem done = item("Mark done", () -> model.edit(task, new TaskEdit.SetStatus('x')));
        MenuItem open = item("Mark open", () -> model.edit(task, new TaskEdit.SetStatus(' ')));
        MenuItem progress = item("Mark in progress", () -> model.edit(task, new TaskEdit.SetStatus('/')));
        MenuItem cancel = item("Cancel", () -> model.edit(task, new TaskEdit.SetStatus('-')));
        MenuItem due = item("Due date…", () -> DueDateDialog.ask(getScene().getWindow(), task.task().due())
                .ifPresent(d -> model.edit(task, new TaskEdit.SetDue(Optional.of(d)))));
        MenuItem noDue = item("Remove due date", () -> model.edit(task, new TaskEdit.SetDue(Optional.empty())));
        noDue.setDisable(task.task().due().isEmpty());
        MenuItem show = item("Open note at this task", () -> model.open(task));
        return new ContextMenu(done, open, progress, cancel, new SeparatorMenuItem(), due, noDue,
                new SeparatorMenuItem(), show);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
