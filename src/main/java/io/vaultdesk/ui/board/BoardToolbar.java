package io.vaultdesk.ui.board;

import atlantafx.base.theme.Styles;
import io.vaultdesk.app.board.Board;
import io.vaultdesk.app.board.BoardFilter;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.app.board.OwnerChoice;
import io.vaultdesk.app.board.Split;
import io.vaultdesk.ui.Choices;
import io.vaultdesk.vault.Priority;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The board's controls: the I-owe / waiting split and the grouping on the first row, the filters that combine on
 * the second. Each control writes its part of the model's filter; the split's buttons carry the counts.
 */
final class BoardToolbar extends VBox {
    private static final String ANY_ACCOUNT = "Any account";
    private static final String ANY_TAG = "Any tag";

    private final TaskBoardModel model;
    private final Map<Split, ToggleButton> splits = new EnumMap<>(Split.class);
    private final TextField text = new TextField();
    private final CheckComboBox<OwnerChoice> owners = new CheckComboBox<>();
    private final CheckComboBox<Priority> priorities = new CheckComboBox<>();
    private final ComboBox<String> account = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final DatePicker dueFrom = new DatePicker();
    private final DatePicker dueTo = new DatePicker();
    private final CheckBox showDone = new CheckBox("Show done");
    private final Label shown = new Label();
    private boolean filling;

    BoardToolbar(TaskBoardModel model) {
        this.model = model;
        getStyleClass().add("board-toolbar");
        setSpacing(6);
        setPadding(new Insets(8, 10, 6, 10));
        getChildren().addAll(firstRow(), secondRow());
        model.boardProperty().addListener((o, was, now) -> fill(now));
    }

    private HBox firstRow() {
        ToggleGroup splitGroup = new ToggleGroup();
        HBox splitBox = new HBox();
        Split[] values = Split.values();
        for (int i = 0; i < values.length; i++) {
            Split s = values[i];
            ToggleButton b = new ToggleButton(s.label());
            b.setId("split-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(splitGroup);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(s == Split.ALL);
            b.setOnAction(e -> {
                b.setSelected(true); // one of the three is always chosen
                update(f -> f.withSplit(s));
            });
            splits.put(s, b);
            splitBox.getChildren().add(b);
        }
        ToggleGroup groupingGroup = new ToggleGroup();
        ToggleButton byOwner = new ToggleButton("By owner");
        ToggleButton byDue = new ToggleButton("By due date");
        byOwner.setId("group-by-owner");
        byDue.setId("group-by-due");
        byOwner.getStyleClass().add(Styles.LEFT_PILL);
        byDue.getStyleClass().add(Styles.RIGHT_PILL);
        byOwner.setToggleGroup(groupingGroup);
        byDue.setToggleGroup(groupingGroup);
        byOwner.setSelected(true);
        byOwner.setOnAction(e -> {
            byOwner.setSelected(true);
            model.groupingProperty().set(Grouping.OWNER_FIRST);
        });
        byDue.setOnAction(e -> {
            byDue.setSelected(true);
            model.groupingProperty().set(Grouping.DUE_FIRST);
        });
        text.setId("board-text");
        text.setPromptText("Filter tasks");
        text.setPrefColumnCount(16);
        text.textProperty().addListener((o, was, now) -> update(f -> f.withText(now)));
        showDone.setId("show-done");
        showDone.selectedProperty().addListener((o, was, now) -> update(f -> f.withShowDone(now)));
        Button me = new Button("My names…");
        me.setId("my-names");
        me.setOnAction(e -> askMyNames());
        me.setTooltip(new javafx.scene.control.Tooltip("The owner names that are you (\"Myself\", your name)"));
        shown.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(byOwner, byDue, showDone, shown, me)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        splits.values().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        text.setMinWidth(80);
        HBox row = new HBox(10, splitBox, new HBox(byOwner, byDue), text, showDone, gap, shown, me);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox secondRow() {
        owners.setId("owner-filter");
        owners.setTitle("Owners");
        owners.setShowCheckedCount(true);
        owners.setConverter(new StringConverter<>() {
            @Override
            public String toString(OwnerChoice o) {
                return o == null ? "" : o.label() + " (" + o.count() + ")";
            }

            @Override
            public OwnerChoice fromString(String s) {
                return null;
            }
        });
        owners.getCheckModel().getCheckedItems().addListener((ListChangeListener<OwnerChoice>) c -> {
            if (!filling) {
                Set<String> keys = checkedOwners();
                update(f -> f.withOwners(keys));
            }
        });
        priorities.setId("priority-filter");
        priorities.setTitle("Priority");
        priorities.setShowCheckedCount(true);
        priorities.getItems().setAll(Priority.values());
        priorities.getCheckModel().getCheckedItems().addListener((ListChangeListener<Priority>) c ->
                update(f -> f.withPriorities(Set.copyOf(priorities.getCheckModel().getCheckedItems()))));
        anyOrOne(account, "account-filter", ANY_ACCOUNT, (f, v) -> f.withAccount(v));
        anyOrOne(tag, "tag-filter", ANY_TAG, (f, v) -> f.withTag(v));
        dueFrom.setPromptText("Due from");
        dueTo.setPromptText("Due to");
        dueFrom.setPrefWidth(140);
        dueTo.setPrefWidth(140);
        dueFrom.valueProperty().addListener((o, was, now) -> updateDue());
        dueTo.valueProperty().addListener((o, was, now) -> updateDue());
        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> clear());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        owners.setMinWidth(Region.USE_PREF_SIZE);
        priorities.setMinWidth(Region.USE_PREF_SIZE);
        account.setMaxWidth(180);
        account.setMinWidth(140); // "Any account" whole, when a long tag widens the box beside it
        tag.setMaxWidth(150);
        tag.setMinWidth(110);
        HBox row = new HBox(8, owners, account, tag, priorities, dueFrom, new Label("–"), dueTo, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A choice of one value or "any": the filter's part is empty for "any". */
    private void anyOrOne(ComboBox<String> box, String id, String any,
                          java.util.function.BiFunction<BoardFilter, Optional<String>, BoardFilter> set) {
        box.setId(id);
        box.getItems().setAll(any);
        box.getSelectionModel().select(0);
        box.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                update(f -> set.apply(f, Choices.chosen(now, any)));
            }
        });
    }

    private void updateDue() {
        update(f -> f.withDue(Optional.ofNullable(dueFrom.getValue()), Optional.ofNullable(dueTo.getValue())));
    }

    private void update(UnaryOperator<BoardFilter> change) {
        model.filterProperty().set(change.apply(model.filterProperty().get()));
    }

    private void clear() {
        text.clear();
        owners.getCheckModel().clearChecks();
        priorities.getCheckModel().clearChecks();
        account.getSelectionModel().select(0);
        tag.getSelectionModel().select(0);
        dueFrom.setValue(null);
        dueTo.setValue(null);
        showDone.setSelected(false);
        model.filterProperty().set(BoardFilter.OPEN.withSplit(model.filterProperty().get().split()));
    }

    /**
     * New counts and choices; the user's choices stay checked when they are still there. One that no task has any
     * more (its note deleted, its tag removed) is dropped from the filter too, as the meetings table does: the
     * toolbar never shows "any" while the board still filters by the old value.
     */
    private void fill(Board board) {
        if (board == null) {
            return;
        }
        filling = true;
        try {
            for (Split s : Split.values()) {
                splits.get(s).setText(s.label() + "  " + board.splitCounts().getOrDefault(s, 0));
            }
            shown.setText(board.shown() + (board.shown() == 1 ? " card" : " cards"));
            if (!owners.getItems().equals(board.owners())) {
                Set<String> checked = new HashSet<>(model.filterProperty().get().owners());
                owners.getCheckModel().clearChecks();
                owners.getItems().setAll(board.owners());
                for (OwnerChoice o : board.owners()) {
                    if (checked.contains(o.key())) {
                        owners.getCheckModel().check(o);
                    }
                }
            }
            Choices.refill(account, ANY_ACCOUNT, board.accounts());
            Choices.refill(tag, ANY_TAG, board.tags());
        } finally {
            filling = false;
        }
        BoardFilter filter = model.filterProperty().get();
        BoardFilter kept = filter.withOwners(checkedOwners()).withAccount(Choices.chosen(account, ANY_ACCOUNT))
                .withTag(Choices.chosen(tag, ANY_TAG));
        if (!kept.equals(filter)) {
            model.filterProperty().set(kept);
        }
    }

    private Set<String> checkedOwners() {
        Set<String> keys = new HashSet<>();
        owners.getCheckModel().getCheckedItems().forEach(o -> keys.add(o.key()));
        return keys;
    }

    private void askMyNames() {
        TextInputDialog dialog = new TextInputDialog(String.join(", ", model.myNames()));
        dialog.setTitle("Your names");
        dialog.setHeaderText("Which owners are you? Tasks written for them go in the \"Me\" lane and \"I owe\".");
        dialog.setContentText("Names, separated by commas:");
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().ifPresent(model::setMyNames);
    }

    void focusText() {
        text.requestFocus();
    }

}
