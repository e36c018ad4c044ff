package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.IndexedTask;

/** A task with the note it sits in. */
public record TaskItem(IndexedNote note, IndexedTask task) {
}
