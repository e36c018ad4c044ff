package io.vaultdesk.app.render;

import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;

/**
 * A task the page shows as a checkbox. Embedded notes' tasks are listed too, with their own path: the checkbox
 * carries both ({@code data-task-path}, {@code data-task-line}), so a click toggles the right file.
 */
public record RenderedTask(String path, TaskLine task) {
    public int line() {
        return task.line();
    }

    public TaskStatus status() {
        return task.status();
    }
}
