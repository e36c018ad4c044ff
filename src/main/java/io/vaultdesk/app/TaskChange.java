package io.vaultdesk.app;

import java.util.Optional;

/** What came of an edit of a task, and, when it was written, how to undo it. */
public record TaskChange(EditResult result, Optional<TaskUndo> undo) {
    static TaskChange refused(String reason) {
        return new TaskChange(EditResult.refused(reason), Optional.empty());
    }
}
