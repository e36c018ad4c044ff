package io.vaultdesk.app;

import io.vaultdesk.vault.TaskRef;
import java.util.Optional;

/**
 * Ticks or unticks a task the user saw on a page of the reader, as the board does (decision 9): only that line
 * changes, and only while it is still the task they saw.
 */
final class TaskToggle {
    private final VaultTasks tasks;
    private final NoteReader reader;

    TaskToggle(VaultTasks tasks, NoteReader reader) {
        this.tasks = tasks;
        this.reader = reader;
    }

    /**
     * @param pagePath the note the user was reading
     * @param pageHash the hash of its bytes as shown
     * @param path     the note the task is in: the page's own, or one it embeds
     */
    EditResult toggle(String pagePath, long pageHash, String path, int line) throws VaultException {
        Optional<String> description = reader.shownTask(pagePath, pageHash, path, line);
        if (reader.file(path).isEmpty() || description.isEmpty()) {
            return EditResult.refused("That task is no longer on the page; reload the note and try again.");
        }
        // The page's bytes were hashed when shown; an embedded note's were not, so its task is found by its text.
        long readHash = path.equals(pagePath) ? pageHash : 0;
        return tasks.write(path, new TaskRef(line, description.get(), readHash), "", new TaskEdit.Toggle()).result();
    }
}
