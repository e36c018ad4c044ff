package io.vaultdesk.ui.board;

import io.vaultdesk.app.board.CardText;
import io.vaultdesk.app.board.DueBucket;
import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.Priority;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A task as a card: what to do, when, how urgent, and the meeting it came from (a link to the line). */
final class CardView extends VBox {
    static final double HEIGHT = 114;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Label description = new Label();
    private final Label due = new Label();
    private final Label priority = new Label();
    private final Label owner = new Label();
    private final Hyperlink source = new Hyperlink();
    private final Label tags = new Label();
    private final Tooltip tooltip = new Tooltip();
    private TaskRow task;

    CardView(TaskBoardModel model) {
        getStyleClass().add("task-card");
        setMinHeight(HEIGHT - 8);
        setPrefHeight(HEIGHT - 8);
        setMaxHeight(HEIGHT - 8);
        setMinWidth(0);
        description.getStyleClass().add("card-description");
        description.setWrapText(true);
        // two lines, always: a wrapped label in a list cell is otherwise laid out at one line's height
        description.setMinHeight(40);
        description.setPrefHeight(40);
        description.setMaxHeight(40);
        description.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        due.getStyleClass().add("card-due");
        priority.getStyleClass().add("card-priority");
        owner.getStyleClass().add("card-owner");
        tags.getStyleClass().add("card-tags");
        source.getStyleClass().add("card-source");
        source.setMnemonicParsing(false);
        source.setOnAction(e -> {
            if (task != null) {
                model.open(task);
            }
        });
        source.setFocusTraversable(false);
        source.setMaxWidth(Double.MAX_VALUE);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox meta = new HBox(6, due, owner, gap, priority);
        priority.setMinWidth(Region.USE_PREF_SIZE);
        meta.setMinWidth(0);
        getChildren().addAll(description, meta, source, tags);
        Tooltip.install(this, tooltip);
    }

    /** @param showOwner false in an owner's lane, which already says whose the card is */
    void show(TaskRow row, LocalDate today, boolean selected, boolean showOwner) {
        task = row;
        IndexedTask t = row.task();
        description.setText(t.description().isEmpty() ? "(no description)" : CardText.plain(t.description()));
        getStyleClass().removeAll("done", "cancelled", "in-progress", "overdue", "selected-card");
        switch (t.status()) {
            case DONE -> getStyleClass().add("done");
            case CANCELLED -> getStyleClass().add("cancelled");
            case IN_PROGRESS -> getStyleClass().add("in-progress");
            default -> {
            }
        }
        if (selected) {
            getStyleClass().add("selected-card");
        }
        boolean overdue = t.isOpen() && DueBucket.of(t.due(), today) == DueBucket.OVERDUE;
        if (overdue) {
            getStyleClass().add("overdue");
        }
        due.setText(t.due().map(d -> dueText(d, today)).orElse("No date"));
        priority.setText(t.priority() == Priority.NONE ? "" : name(t.priority()));
        priority.getStyleClass().removeIf(s -> s.startsWith("priority-"));
        priority.getStyleClass().add("priority-" + t.priority().name().toLowerCase(Locale.ROOT));
        owner.setText(t.owner().isEmpty() || !showOwner ? "" : "@" + t.owner());
        owner.setVisible(showOwner);
        owner.setManaged(showOwner);
        StringBuilder from = new StringBuilder(row.noteTitle());
        row.noteDate().ifPresent(d -> from.append(" · ").append(d));
        if (!row.accounts().isEmpty()) {
            from.append(" · ").append(String.join(", ", row.accounts()));
        }
        source.setText(from.toString());
        tags.setText(t.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
        tooltip.setText(t.description() + "\n" + row.path() + ", line " + t.line()
                + (t.status().isOpen() ? "" : "\n" + t.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    /** A weekday helps within a week either side of today; further off, the date, and the year when not this one. */
    private static String dueText(LocalDate due, LocalDate today) {
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, due)) <= 6) {
            return DAY.format(due);
        }
        return (due.getYear() == today.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(due);
    }

    private static String name(Priority p) {
        String s = p.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    TaskRow task() {
        return task;
    }
}
