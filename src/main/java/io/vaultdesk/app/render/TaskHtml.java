package io.vaultdesk.app.render;

import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The parts of a task's list item: its checkbox and its Obsidian Tasks fields, shown compactly after the text. */
final class TaskHtml {
    private TaskHtml() {
    }

    static String cssClass(TaskStatus status) {
        return "task task-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A real checkbox the app listens to: {@code data-task-path} and {@code data-task-line} name the file line to
     * toggle. Only done is checked; a cancelled task is struck through instead, as in Obsidian.
     */
    static String checkbox(String path, TaskLine task) {
        TaskStatus status = task.status();
        return "<input type=\"checkbox\" class=\"task-checkbox\" data-task-path=\"" + Html.escape(path)
                + "\" data-task-line=\"" + task.line() + "\" aria-label=\"" + label(status) + "\""
                + (status == TaskStatus.DONE ? " checked" : "") + ">";
    }

    private static String label(TaskStatus status) {
        return switch (status) {
            case OPEN -> "Open task";
            case IN_PROGRESS -> "Task in progress";
            case DONE -> "Done task";
            case CANCELLED -> "Cancelled task";
        };
    }

    /** A marker before the text of a task that is in progress; nothing for the other states. */
    static String statusMarker(TaskStatus status) {
        return status == TaskStatus.IN_PROGRESS ? "<span class=\"task-marker\" title=\"In progress\">In progress</span> " : "";
    }

    /**
     * The fields after the text: owner, priority, dates, recurrence, ids and trailing tags.
     *
     * @param ownerShown true when the owner was already highlighted inside the description
     * @param tagsShown  the tags already shown inside the description (they are not repeated)
     */
    static String fields(TaskLine task, boolean ownerShown, java.util.Collection<String> tagsShown, LocalDate today) {
        StringBuilder out = new StringBuilder(160);
        if (!task.ownerRun().isEmpty() && !ownerShown) {
            out.append(" <span class=\"owner\">@").append(Html.escape(task.ownerRun())).append("</span>");
        }
        if (task.priority() != Priority.NONE) {
            String name = task.priority().key();
            out.append(" <span class=\"priority priority-").append(name).append("\" title=\"")
                    .append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(" priority\">")
                    .append(task.priority().signifier()).append("</span>");
        }
        task.recurrence().ifPresent(r -> pill(out, "recurrence", "🔁", r, "Repeats"));
        date(out, "start", "🛫", task.start(), "Starts");
        date(out, "scheduled", "⏳", task.scheduled(), "Scheduled");
        task.due().ifPresent(due -> pill(out, dueClass(task, due, today), "📅", due.toString(), "Due"));
        date(out, "done", "✅", task.done(), "Done");
        date(out, "cancelled", "❌", task.cancelled(), "Cancelled");
        date(out, "created", "➕", task.created(), "Created");
        task.id().ifPresent(id -> pill(out, "task-id", "🆔", id, "Id"));
        if (!task.dependsOn().isEmpty()) {
            pill(out, "depends", "⛔", String.join(", ", task.dependsOn()), "Depends on");
        }
        for (String tag : task.tags()) {
            if (!tagsShown.contains(tag)) {
                out.append(' ').append(tagPill(tag));
            }
        }
        return out.toString();
    }

    static String tagPill(String tag) {
        return "<span class=\"tag\">#" + Html.escape(tag) + "</span>";
    }

    /** Overdue and due-today are only news for a task that is still owed. */
    private static String dueClass(TaskLine task, LocalDate due, LocalDate today) {
        if (!task.status().isOpen()) {
            return "due";
        }
        return due.isBefore(today) ? "due overdue" : due.isEqual(today) ? "due due-today" : "due";
    }

    private static void date(StringBuilder out, String cssClass, String icon, Optional<LocalDate> date, String what) {
        date.ifPresent(d -> pill(out, cssClass, icon, d.toString(), what));
    }

    private static void pill(StringBuilder out, String cssClass, String icon, String value, String what) {
        out.append(" <span class=\"pill ").append(cssClass).append("\" title=\"").append(what).append(' ')
                .append(Html.escape(value)).append("\"><span class=\"pill-icon\">").append(icon)
                .append("</span>").append(Html.escape(value)).append("</span>");
    }
}
