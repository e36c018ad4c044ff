package io.vaultdesk.ui;

import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.app.Workspace;
import io.vaultdesk.app.meeting.MeetingFilter;
import io.vaultdesk.app.meeting.MeetingGroup;
import io.vaultdesk.app.meeting.MeetingGrouping;
import io.vaultdesk.app.meeting.MeetingRow;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;

/**
 * The meetings table: every meeting newest first (date, title, account, participants, open and total action items;
 * a mark where open items are past due), grouped by week or month, with filters that combine. Selecting a meeting
 * shows it in the reader below. The rows are made off the FX thread; the table draws only what is on screen.
 */
public final class MeetingsView extends BorderPane {
    private static final String ANY_ACCOUNT = "Any account";
    private static final String ANY_PERSON = "Anyone";
    private static final String ANY_TAG = "Any tag";

    private final MainViewModel model;
    private final TreeTableView<Object> table = new TreeTableView<>();
    private final ComboBox<String> account = new ComboBox<>();
    private final ComboBox<String> participant = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<MeetingGrouping> grouping = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label count = new Label();
    private final ShownRefresh refresh = new ShownRefresh(this::reload);
    private MeetingFilter filter = MeetingFilter.ALL;
    /** The latest query of the table: one replaced before it ran is not run, one replaced while it ran is dropped. */
    private final LatestRequest query = new LatestRequest();
    /** The latest refill of the filter choices, likewise. */
    private final LatestRequest choicesRefill = new LatestRequest();
    private boolean filling;

    public MeetingsView(MainViewModel model) {
        this.model = model;
        setId("meetings-view");
        table.setId("meetings-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Meeting", 300, r -> r.note().title()));
        TreeTableColumn<Object, String> date = column("Date", 100, r -> r.note().date().orElse(""));
        date.setMinWidth(96); // a date cut to "2026…" says nothing
        table.getColumns().add(date);
        table.getColumns().add(column("Account", 140, r -> String.join(", ", r.note().accounts())));
        table.getColumns().add(column("Participants", 220, r -> String.join(", ", r.note().participants())));
        TreeTableColumn<Object, String> items = column("Action items", 170, r -> r.note().openTasks() + " of "
                + r.note().totalTasks() + " open" + (r.overdue() > 0 ? " · " + r.overdue() + " overdue" : ""));
        items.setMinWidth(170); // "10 of 10 open · 10 overdue" is the column's point: never cut
        items.setCellFactory(c -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("overdue-cell");
                if (!empty && item != null && item.endsWith("overdue")) {
                    getStyleClass().add("overdue-cell");
                }
            }
        });
        table.getColumns().add(items);
        table.setRowFactory(t -> new MeetingTableRow());
        Label none = new Label();
        none.setId("meetings-placeholder");
        // A first build reads the meetings at its end: until then "none match" would be untrue.
        none.textProperty().bind(model.emptyText("No meetings match"));
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() instanceof MeetingRow r && !filling) {
                model.open(r.note().path());
            }
        });
        setTop(toolbar());
        setCenter(table);
        // the filter choices change with the vault, not with each keystroke in the filter
        model.completeCatalogProperty().addListener((o, was, now) -> {
            refillChoices(now);
            invalidate();
        });
        refillChoices(model.completeCatalogProperty().get()); // the window builds this table when first shown
    }

    private javafx.scene.layout.FlowPane toolbar() {
        choice(account, "meetings-account", ANY_ACCOUNT, (f, v) -> f.withAccount(v));
        choice(participant, "meetings-participant", ANY_PERSON, (f, v) -> f.withParticipant(v));
        choice(tag, "meetings-tag", ANY_TAG, (f, v) -> f.withTag(v));
        text.setId("meetings-text");
        text.setPromptText("Filter meetings");
        text.textProperty().addListener((o, was, now) -> update(f -> f.withText(now)));
        from.setPromptText("From");
        to.setPromptText("To");
        from.setPrefWidth(120);
        to.setPrefWidth(120);
        from.valueProperty().addListener((o, was, now) -> update(f -> f.withDates(Optional.ofNullable(now), f.to())));
        to.valueProperty().addListener((o, was, now) -> update(f -> f.withDates(f.from(), Optional.ofNullable(now))));
        grouping.setId("meetings-grouping");
        grouping.getItems().setAll(MeetingGrouping.values());
        grouping.setValue(MeetingGrouping.MONTH);
        grouping.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MeetingGrouping g) {
                return g == null ? "" : switch (g) {
                    case NONE -> "No grouping";
                    case WEEK -> "By week";
                    case MONTH -> "By month";
                };
            }

            @Override
            public MeetingGrouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().addListener((o, was, now) -> refresh.run());
        count.getStyleClass().add("muted");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, text, grouping, count, account,
                participant, tag, from, to);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("list-toolbar");
        account.setPrefWidth(160);
        participant.setPrefWidth(160);
        tag.setPrefWidth(140);
        text.setPrefColumnCount(16);
        return bar;
    }

    private void choice(ComboBox<String> box, String id, String any,
                        java.util.function.BiFunction<MeetingFilter, Optional<String>, MeetingFilter> set) {
        box.setId(id);
        box.getItems().setAll(any);
        box.setValue(any);
        box.valueProperty().addListener((o, was, now) -> {
            if (!filling) {
                update(f -> set.apply(f, Choices.chosen(now, any)));
            }
        });
    }

    private void update(UnaryOperator<MeetingFilter> change) {
        filter = change.apply(filter);
        refresh.run();
    }

    private void invalidate() {
        refresh.invalidate();
    }

    private void reload() {
        Workspace w = model.workspaceProperty().get();
        if (w == null) {
            return;
        }
        MeetingFilter f = filter;
        MeetingGrouping g = grouping.getValue();
        LatestRequest.Request<Tree> r = query.next(() -> tree(w.meetings(f, g), g), this::show);
        model.run(r.work(), r.apply());
    }

    /** The rows and their groups as the table shows them. */
    private record Tree(TreeItem<Object> root, int meetings) {
    }

    /**
     * Made on a worker, not yet part of any scene: on 80,000 meetings, adding the items one by one on the FX thread
     * took it 25-580 ms (a probe, 8 rounds) for each saved file; each group's items now go in with one change.
     */
    private static Tree tree(List<MeetingGroup> groups, MeetingGrouping g) {
        List<TreeItem<Object>> top = new java.util.ArrayList<>();
        int n = 0;
        for (MeetingGroup group : groups) {
            List<TreeItem<Object>> rows = new java.util.ArrayList<>(group.rows().size());
            for (MeetingRow r : group.rows()) {
                rows.add(new TreeItem<>(r));
            }
            if (g == MeetingGrouping.NONE) {
                top.addAll(rows);
            } else {
                TreeItem<Object> parent = new TreeItem<>(group.label() + " · " + group.rows().size());
                parent.setExpanded(true);
                parent.getChildren().setAll(rows);
                top.add(parent);
            }
            n += group.rows().size();
        }
        TreeItem<Object> root = new TreeItem<>("meetings");
        root.getChildren().setAll(top);
        return new Tree(root, n);
    }

    private void show(Tree shown) {
        filling = true;
        try {
            Object selected = Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                    .map(TreeItem::getValue).orElse(null);
            table.setRoot(shown.root());
            int n = shown.meetings();
            count.setText(n + (n == 1 ? " meeting" : " meetings"));
            if (selected instanceof MeetingRow was) {
                reselect(shown.root(), was.note().path());
            }
        } finally {
            filling = false;
        }
    }

    private void reselect(TreeItem<Object> root, String path) {
        for (TreeItem<Object> item : root.getChildren()) {
            if (item.getValue() instanceof MeetingRow r && r.note().path().equals(path)) {
                table.getSelectionModel().select(item);
                return;
            }
            reselect(item, path);
        }
    }

    /** Off the FX thread: on 80,000 meetings collecting the choices took 0.3 s, for every change to the vault. */
    private void refillChoices(VaultCatalog catalog) {
        LatestRequest.Request<FilterChoices> r = choicesRefill.next(() -> FilterChoices.of(catalog), choices -> {
            // one reload at most, and none when the chosen values are still there (each box's change would ask)
            filling = true;
            try {
                Choices.refill(account, ANY_ACCOUNT, choices.accounts());
                Choices.refill(participant, ANY_PERSON, choices.people());
                Choices.refill(tag, ANY_TAG, choices.tags());
            } finally {
                filling = false;
            }
            MeetingFilter chosen = filter.withAccount(Choices.chosen(account, ANY_ACCOUNT))
                    .withParticipant(Choices.chosen(participant, ANY_PERSON))
                    .withTag(Choices.chosen(tag, ANY_TAG));
            if (!chosen.equals(filter)) {
                update(f -> chosen);
            }
        });
        model.run(r.work(), r.apply());
    }

    /** The meetings' accounts, participants and tags, each sorted without case and once. */
    private record FilterChoices(List<String> accounts, List<String> people, List<String> tags) {
        static FilterChoices of(VaultCatalog catalog) {
            TreeSet<String> accounts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            TreeSet<String> people = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (IndexedNote m : catalog.notes(NoteKind.MEETING)) {
                accounts.addAll(m.accounts());
                people.addAll(m.participants());
                tags.addAll(m.tags());
            }
            return new FilterChoices(List.copyOf(accounts), List.copyOf(people), List.copyOf(tags));
        }
    }

    private static TreeTableColumn<Object, String> column(String name, double width, Function<MeetingRow, String> f) {
        TreeTableColumn<Object, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            Object v = cell.getValue().getValue();
            return new ReadOnlyObjectWrapper<>(v instanceof MeetingRow r ? f.apply(r)
                    : name.equals("Meeting") ? String.valueOf(v) : "");
        });
        return c;
    }

    /** Meetings with open items past due are marked; group rows read as headings. */
    private static final class MeetingTableRow extends TreeTableRow<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("overdue-meeting", "group-row");
            if (!empty && item instanceof MeetingRow r && r.overdue() > 0) {
                getStyleClass().add("overdue-meeting");
            } else if (!empty && item instanceof String) {
                getStyleClass().add("group-row");
            }
        }
    }

    public BooleanProperty showingProperty() {
        return refresh.showingProperty();
    }

    /** The meetings shown, for tests. */
    List<MeetingRow> rows() {
        List<MeetingRow> rows = new java.util.ArrayList<>();
        collect(table.getRoot(), rows);
        return rows;
    }

    private static void collect(TreeItem<Object> item, List<MeetingRow> into) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof MeetingRow r) {
            into.add(r);
        }
        item.getChildren().forEach(c -> collect(c, into));
    }
}
