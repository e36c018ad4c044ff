package io.vaultdesk.app;

import io.vaultdesk.vault.EditOutcome;
import io.vaultdesk.vault.GuardedNoteEdit;
import io.vaultdesk.vault.LineEditException;
import io.vaultdesk.vault.TaskLineEdit;
import io.vaultdesk.vault.TaskRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Ticks or unticks a task the user saw, under the guarded write (decision 9): only that line changes, and only
 * while it is still the task they saw. Then the index re-reads the note at once, so every view agrees.
 */
final class TaskToggle {
    private final VaultSession session;
    private final NoteReader reader;
    private final GuardedNoteEdit edits = new GuardedNoteEdit();
    private final Clock clock;

    TaskToggle(VaultSession session, NoteReader reader, Clock clock) {
        this.session = session;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * @param pagePath the note the user was reading
     * @param pageHash the hash of its bytes as shown
     * @param path     the note the task is in: the page's own, or one it embeds
     */
    EditResult toggle(String pagePath, long pageHash, String path, int line) throws VaultException {
        Optional<Path> file = reader.file(path);
        Optional<String> description = reader.shownTask(pagePath, pageHash, path, line);
        // The page's bytes were hashed when shown; an embedded note's were not, so its task is found by its text.
        long readHash = path.equals(pagePath) ? pageHash : 0;
        if (file.isEmpty() || description.isEmpty()) {
            return EditResult.refused("That task is no longer on the page; reload the note and try again.");
        }
        LocalDate today = LocalDate.now(clock);
        EditOutcome outcome;
        try {
            outcome = edits.replaceTaskLine(file.get(), new TaskRef(line, description.get(), readHash),
                    text -> TaskLineEdit.toggle(text, today).lines());
        } catch (LineEditException e) {
            return EditResult.refused(e.getMessage());
        } catch (IOException e) {
            throw new VaultException("cannot write " + path + ": " + e.getMessage(), e);
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            return EditResult.refused(refused.reason());
        }
        session.refresh(List.of(path));
        EditOutcome.Written written = (EditOutcome.Written) outcome;
        return EditResult.written((written.lineCount() > 1 ? "Completed; the next occurrence was added" : "Saved")
                + " — " + path + ", line " + written.line());
    }
}
