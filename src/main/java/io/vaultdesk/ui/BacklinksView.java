package io.vaultdesk.ui;

import io.vaultdesk.app.BacklinkGroup;
import io.vaultdesk.app.EntityOverview;
import io.vaultdesk.app.Mention;
import io.vaultdesk.app.TaskItem;
import io.vaultdesk.app.UnlinkedGroup;
import io.vaultdesk.app.UnlinkedMention;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import io.vaultdesk.index.IndexedNote;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Right: for a person, account or project their meetings and open tasks; then the linked mentions of the note
 * in the reader, grouped by source note with the line around each link. Clicking opens the source at that line.
 */
public final class BacklinksView extends ScrollPane {
    private final MainViewModel model;
    private final VBox content = new VBox(4);
    private boolean rebuildQueued;

    public BacklinksView(MainViewModel model) {
        this.model = model;
        setId("backlinks");
        getStyleClass().add("backlinks");
        setFitToWidth(true);
        content.setPadding(new Insets(10));
        setContent(content);
        model.backlinks().addListener((javafx.collections.ListChangeListener<BacklinkGroup>) c -> rebuildSoon());
        model.overviewProperty().addListener((o, was, now) -> rebuildSoon());
        model.placeProperty().addListener((o, was, now) -> rebuildSoon());
        model.unlinked().addListener((javafx.collections.ListChangeListener<UnlinkedGroup>) c -> rebuildSoon());
        model.panelAwaitsVaultProperty().addListener((o, was, now) -> rebuildSoon());
        rebuild();
    }

    /** The panel's parts change together; it is built once for all of them, not once per part. */
    private void rebuildSoon() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            javafx.application.Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        content.getChildren().clear();
        if (model.panelAwaitsVaultProperty().get()) {
            content.getChildren().add(muted("What links here shows once the whole vault is read"));
            return;
        }
        Optional<EntityOverview> overview = model.overviewProperty().get();
        overview.ifPresent(this::addOverview);
        content.getChildren().add(heading("Linked mentions", model.backlinks().size()));
        if (model.backlinks().isEmpty()) {
            content.getChildren().add(muted(model.placeProperty().get() == null ? "Open a note to see what links to it"
                    : "No other note links here"));
        }
        for (BacklinkGroup group : model.backlinks()) {
            content.getChildren().add(sourceLink(group.source()));
            for (Mention m : group.mentions()) {
                Hyperlink line = new Hyperlink(m.text().isEmpty() ? "line " + m.line() : m.text());
                line.getStyleClass().add("mention");
                line.setWrapText(true);
                line.setOnAction(e -> model.open(new Place(group.source().path(), m.line())));
                content.getChildren().add(line);
            }
        }
        addUnlinked();
    }

    /** Plain-text mentions of the note, each with "Link it", which rewrites just that mention into a link. */
    private void addUnlinked() {
        int count = model.unlinked().stream().mapToInt(g -> g.mentions().size()).sum();
        content.getChildren().add(heading("Unlinked mentions", count));
        for (UnlinkedGroup group : model.unlinked()) {
            content.getChildren().add(sourceLink(group.source()));
            for (UnlinkedMention m : group.mentions()) {
                Hyperlink line = new Hyperlink(m.lineText().strip());
                line.getStyleClass().add("mention");
                line.setWrapText(true);
                line.setOnAction(e -> model.open(new Place(group.source().path(), m.line())));
                Button link = new Button("Link it");
                link.getStyleClass().addAll("link-it", "small");
                link.setOnAction(e -> {
                    link.setDisable(true);
                    model.linkMention(group.source().path(), m);
                });
                HBox row = new HBox(6, line, link);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                HBox.setHgrow(line, javafx.scene.layout.Priority.ALWAYS);
                content.getChildren().add(row);
            }
        }
    }

    private void addOverview(EntityOverview overview) {
        content.getChildren().add(heading("Meetings", overview.meetings().size()));
        quietMark(overview).ifPresent(content.getChildren()::add);
        if (overview.meetings().isEmpty()) {
            content.getChildren().add(muted("No meetings yet"));
        }
        for (IndexedNote meeting : overview.meetings()) {
            content.getChildren().add(sourceLink(meeting));
        }
        content.getChildren().add(heading("Open tasks", overview.openTasks().size()));
        if (overview.openTasks().isEmpty()) {
            content.getChildren().add(muted("Nothing open"));
        }
        io.vaultdesk.app.Workspace w = model.workspaceProperty().get();
        LocalDate today = w == null ? LocalDate.now() : w.today(); // the board's today, for the same "overdue"
        for (TaskItem item : overview.openTasks()) {
            String due = item.task().due().map(d -> (d.isBefore(today) ? "overdue " : "due ") + d).orElse("");
            String owner = item.task().owner().isEmpty() ? "" : " · @" + item.task().owner();
            Hyperlink task = new Hyperlink(io.vaultdesk.app.board.CardText.plain(item.task().description()) + owner
                    + (due.isEmpty() ? "" : " · " + due));
            task.getStyleClass().add("overview-task");
            if (item.task().due().filter(d -> d.isBefore(today)).isPresent()) {
                task.getStyleClass().add("overdue");
            }
            task.setWrapText(true);
            task.setOnAction(e -> model.open(new Place(item.note().path(), item.task().line())));
            content.getChildren().add(task);
        }
    }

    /** "Gone quiet": no meeting for longer than the days set in the people and accounts lists. */
    private java.util.Optional<Node> quietMark(EntityOverview overview) {
        if (overview.kind() == io.vaultdesk.vault.NoteKind.MEETING) {
            return java.util.Optional.empty();
        }
        int days = model.settings().get(EntitiesView.QUIET_DAYS).map(Integer::parseInt).orElse(60);
        io.vaultdesk.app.Workspace w = model.workspaceProperty().get();
        java.time.LocalDate today = w == null ? java.time.LocalDate.now() : w.today();
        java.util.Optional<java.time.LocalDate> last = overview.meetings().isEmpty() ? java.util.Optional.empty()
                : io.vaultdesk.app.meeting.MeetingList.date(overview.meetings().get(0));
        if (last.isPresent() && !last.get().isBefore(today.minusDays(days))) {
            return java.util.Optional.empty();
        }
        Label mark = new Label(last.map(d -> "Gone quiet: last meeting "
                + java.time.temporal.ChronoUnit.DAYS.between(d, today) + " days ago").orElse("Gone quiet: no meeting yet"));
        mark.getStyleClass().add("quiet-mark");
        mark.setId("quiet-mark");
        return java.util.Optional.of(mark);
    }

    private Hyperlink sourceLink(IndexedNote source) {
        Hyperlink link = new Hyperlink(source.title() + source.date().map(d -> "  ·  " + d).orElse(""));
        link.getStyleClass().add("backlink-source");
        link.setWrapText(true);
        link.setOnAction(e -> model.open(source.path()));
        return link;
    }

    private static Node heading(String text, int count) {
        Label label = new Label(text + "  " + count);
        label.getStyleClass().add("panel-heading");
        VBox.setMargin(label, new Insets(8, 0, 2, 0));
        return label;
    }

    private static Node muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }
}
