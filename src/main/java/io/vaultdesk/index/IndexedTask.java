package io.vaultdesk.index;

import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A task row of the index: where it is, and the fields the views show and filter on. */
public record IndexedTask(
        int noteId,
        int line,
        TaskStatus status,
        String description,
        String owner,
        Optional<LocalDate> due,
        Priority priority,
        List<String> tags,
        String heading) {

    public IndexedTask {
        tags = List.copyOf(tags);
    }

    /** @param owner who owns it ({@link TaskOwners}) */
    static IndexedTask of(int noteId, TaskLine t, String owner) {
        return new IndexedTask(noteId, t.line(), t.status(), t.description(), owner, t.due(), t.priority(), t.tags(),
                t.heading());
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
