package io.vaultdesk.ui;

import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.index.IndexedNote;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Left: the sections with their counts, a filter, and the notes of the chosen section (virtualised). */
public final class SidebarView extends VBox {
    private final MainViewModel model;
    private final ListView<Section> sections = new ListView<>(FXCollections.observableArrayList(Section.values()));
    private final TextField filter = new TextField();
    private final ObservableList<IndexedNote> shown = FXCollections.observableArrayList();
    private final ListView<IndexedNote> notes = new ListView<>(shown);
    private final LatestRequest refills = new LatestRequest();

    public SidebarView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("sidebar");
        setSpacing(6);
        setPadding(new Insets(8));
        sections.setId("sections");
        sections.setFixedCellSize(30);
        sections.setPrefHeight(30 * Section.values().length + 8);
        sections.setMinHeight(Region.USE_PREF_SIZE);
        sections.setCellFactory(v -> new SectionCell());
        sections.getSelectionModel().select(model.sectionProperty().get());
        sections.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.sectionProperty().set(now);
            }
        });
        // a click on the chosen section shows its view again (the board, after a card's note was opened)
        sections.setOnMouseClicked(e -> {
            Section chosen = sections.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.showSection(chosen);
            }
        });
        model.sectionProperty().addListener((o, was, now) -> sections.getSelectionModel().select(now));
        filter.setId("filter");
        filter.setPromptText("Filter notes");
        filter.textProperty().addListener((o, was, now) -> refill());
        notes.setId("notes");
        notes.setCellFactory(v -> new NoteCell());
        notes.setPlaceholder(new Label("No notes here"));
        notes.setOnMouseClicked(e -> openSelected());
        notes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        getChildren().addAll(sections, filter, notes);
        model.catalogProperty().addListener((o, was, now) -> {
            sections.refresh();
            refill();
        });
        model.sectionProperty().addListener((o, was, now) -> refill());
    }

    private void openSelected() {
        IndexedNote selected = notes.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.open(selected.path());
        }
    }

    /**
     * On a worker: on 100,000 notes the filter took the FX thread 40-75 ms a keystroke, and the Tasks section's
     * sorted list 114-197 ms for every change to the vault.
     */
    private void refill() {
        VaultCatalog catalog = model.catalogProperty().get();
        String f = filter.getText().strip().toLowerCase(Locale.ROOT);
        Section section = model.sectionProperty().get();
        LatestRequest.Request<List<IndexedNote>> r = refills.next(() -> filtered(catalog, section, f), shown::setAll);
        model.runBesideIndex(r.work(), r.apply());
    }

    private static List<IndexedNote> filtered(VaultCatalog catalog, Section section, String lowerCaseFilter) {
        List<IndexedNote> base = notesOf(catalog, section);
        return lowerCaseFilter.isEmpty() ? base : base.stream()
                .filter(n -> n.title().toLowerCase(Locale.ROOT).contains(lowerCaseFilter)
                        || n.path().toLowerCase(Locale.ROOT).contains(lowerCaseFilter))
                .collect(Collectors.toList());
    }

    static List<IndexedNote> notesOf(VaultCatalog catalog, Section section) {
        if (section == Section.TASKS) {
            return catalog.notes().stream().filter(n -> n.openTasks() > 0)
                    .sorted(java.util.Comparator.comparingInt(IndexedNote::openTasks).reversed()
                            .thenComparing(IndexedNote::path))
                    .toList();
        }
        return section.kind().map(catalog::notes).orElse(catalog.notes());
    }

    static int count(VaultCatalog catalog, Section section) {
        if (section == Section.TASKS) {
            return catalog.notes().stream().mapToInt(IndexedNote::openTasks).sum();
        }
        return notesOf(catalog, section).size();
    }

    /** The notes list is for reading; beside the board or a table of its own it only repeats them. */
    void showNotes(boolean show) {
        for (javafx.scene.Node n : List.of(filter, notes)) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private final class SectionCell extends ListCell<Section> {
        @Override
        protected void updateItem(Section item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.label());
            Label count = new Label(String.valueOf(count(model.catalogProperty().get(), item)));
            count.getStyleClass().add("count");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setText(null);
            setGraphic(new HBox(name, gap, count));
        }
    }

    private static final class NoteCell extends ListCell<IndexedNote> {
        @Override
        protected void updateItem(IndexedNote item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("note-title");
            Label detail = new Label(detail(item));
            detail.getStyleClass().add("note-detail");
            setText(null);
            VBox box = new VBox(1, title, detail);
            box.setMinWidth(0);
            box.setPrefWidth(0); // the cell's width follows the list; long titles end in "…" instead of scrolling
            setGraphic(box);
        }

        private static String detail(IndexedNote n) {
            StringBuilder s = new StringBuilder();
            n.date().ifPresent(d -> s.append(d));
            if (!n.accounts().isEmpty()) {
                s.append(s.length() > 0 ? " · " : "").append(String.join(", ", n.accounts()));
            }
            if (n.openTasks() > 0) {
                s.append(s.length() > 0 ? " · " : "").append(n.openTasks()).append(" open");
            }
            if (s.length() == 0) {
                s.append(n.path());
            }
            return s.toString();
        }
    }
}
