package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.util.List;

/**
 * What the backlinks panel shows above the links for a person, account or project: their meetings, newest first,
 * and the open tasks they own (a person) or that concern them (tasks in their meetings, or on a line linking to them).
 */
public record EntityOverview(NoteKind kind, List<IndexedNote> meetings, List<TaskItem> openTasks) {
    public EntityOverview {
        meetings = List.copyOf(meetings);
        openTasks = List.copyOf(openTasks);
    }
}
