package io.vaultdesk.ui;

import io.vaultdesk.app.EntityRow;
import io.vaultdesk.app.Workspace;
import io.vaultdesk.vault.NoteKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * People, accounts or projects in a sortable table: last meeting, number of meetings, open tasks, and a "gone
 * quiet" mark when the last meeting is older than the days the user sets. Selecting one opens its page below:
 * the note, with its meetings, tasks and backlinks in the panel beside it.
 */
public final class EntitiesView extends BorderPane {
    static final String QUIET_DAYS = "entities.quiet-days";

    private final MainViewModel model;
    private final ObservableList<EntityRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EntityRow> filtered = new FilteredList<>(rows);
    private final TableView<EntityRow> table = new TableView<>();
    private final TextField text = new TextField();
    private final Spinner<Integer> quietDays;
    private final Label count = new Label();
    private final ShownRefresh refresh = new ShownRefresh(this::reload);
    private long request;
    private boolean filling;

    public EntitiesView(MainViewModel model) {
        this.model = model;
        setId("entities-view");
        quietDays = new Spinner<>(7, 3650, model.settings().get(QUIET_DAYS).map(Integer::parseInt).orElse(60), 7);
        quietDays.setEditable(true);
        quietDays.setPrefWidth(90);
        quietDays.valueProperty().addListener((o, was, now) -> {
            model.settings().put(QUIET_DAYS, String.valueOf(now));
            model.saveSettings();
            table.refresh();
        });
        table.setId("entities-table");
        TableColumn<EntityRow, String> name = column("Name", 220, r -> r.note().title());
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<EntityRow, String> last = column("Last meeting", 120,
                r -> r.lastMeeting().map(LocalDate::toString).orElse("—"));
        TableColumn<EntityRow, Integer> meetings = number("Meetings", EntityRow::meetings);
        TableColumn<EntityRow, Integer> open = number("Open tasks", EntityRow::openTasks);
        TableColumn<EntityRow, String> quiet = column("", 110, r -> r.goneQuiet(today(), quietDays.getValue())
                ? "gone quiet" : "");
        quiet.setSortable(false);
        table.getColumns().setAll(java.util.List.of(name, last, meetings, open, quiet));
        SortedList<EntityRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EntityRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("quiet"),
                        !empty && item != null && item.goneQuiet(today(), quietDays.getValue()));
            }
        });
        Label none = new Label();
        none.textProperty().bind(model.emptyText("Nothing here yet"));
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !filling) {
                model.open(now.note().path());
            }
        });
        text.setId("entities-text");
        text.setPromptText("Filter");
        text.textProperty().addListener((o, was, now) -> {
            String f = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(f.isEmpty() ? null : r -> r.note().title().toLowerCase(Locale.ROOT).contains(f)
                    || r.note().aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f)));
            count.setText(filtered.size() + " of " + rows.size());
        });
        count.getStyleClass().add("muted");
        HBox bar = new HBox(8, text, new Label("Gone quiet after"), quietDays, new Label("days"), count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("list-toolbar");
        setTop(bar);
        setCenter(table);
        model.completeCatalogProperty().addListener((o, was, now) -> invalidate());
        model.sectionProperty().addListener((o, was, now) -> invalidate());
    }

    private LocalDate today() {
        Workspace w = model.workspaceProperty().get();
        return w == null ? LocalDate.now() : w.today();
    }

    private void invalidate() {
        refresh.invalidate();
    }

    private void reload() {
        Workspace w = model.workspaceProperty().get();
        Optional<NoteKind> kind = model.sectionProperty().get().kind().filter(k -> k != NoteKind.MEETING);
        if (w == null || kind.isEmpty()) {
            return;
        }
        long mine = ++request;
        model.run(() -> w.entities(kind.get()), loaded -> {
            if (mine != request) {
                return;
            }
            filling = true;
            try {
                EntityRow selected = table.getSelectionModel().getSelectedItem();
                rows.setAll(loaded);
                count.setText(filtered.size() + " of " + rows.size());
                if (selected != null) {
                    table.getItems().stream().filter(r -> r.note().path().equals(selected.note().path()))
                            .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
                }
            } finally {
                filling = false;
            }
        });
    }

    private static TableColumn<EntityRow, String> column(String name, double width, Function<EntityRow, String> f) {
        TableColumn<EntityRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<EntityRow, Integer> number(String name, Function<EntityRow, Integer> f) {
        TableColumn<EntityRow, Integer> c = new TableColumn<>(name);
        c.setPrefWidth(100);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setComparator(Comparator.naturalOrder());
        return c;
    }

    public BooleanProperty showingProperty() {
        return refresh.showingProperty();
    }

    /** The rows as sorted on screen, for tests. */
    java.util.List<EntityRow> shownRows() {
        return java.util.List.copyOf(table.getItems());
    }

    TableView<EntityRow> table() {
        return table;
    }
}
