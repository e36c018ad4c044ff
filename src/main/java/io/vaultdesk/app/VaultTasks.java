package io.vaultdesk.app;

import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskQueries;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.EditOutcome;
import io.vaultdesk.vault.GuardedNoteEdit;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The vault's tasks as the board and the {@code tasks}/{@code toggle} commands use them: read from the index,
 * changed in the files under the guarded write (decision 9), and the index told at once.
 */
public final class VaultTasks {
    private final VaultSession session;
    private final VaultFiles files;
    private final Clock clock;
    private final GuardedNoteEdit edits = new GuardedNoteEdit();

    public VaultTasks(VaultSession session) {
        this(session, Clock.systemDefaultZone());
    }

    public VaultTasks(VaultSession session, Clock clock) {
        this.session = session;
        this.files = new VaultFiles(session.root());
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every task of the vault with its note, in the order the index holds them. */
    public List<TaskRow> all() throws VaultException {
        return session.read(db -> new TaskQueries(db).all());
    }

    /** Changes the task the board showed: trusted at its line while its note is as indexed, else found by text. */
    public TaskChange edit(TaskRow row, TaskEdit edit) throws VaultException {
        IndexedTask t = row.task();
        return write(row.path(), new TaskRef(t.line(), t.description(), row.noteHash()), t.owner(), edit);
    }

    /** Changes the task that is on that line of the note now (the CLI's {@code toggle PATH:LINE}). */
    public TaskChange editAt(String path, int line, TaskEdit edit) throws VaultException {
        Optional<Path> file = files.inside(path).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return TaskChange.refused("no note " + path + " in the vault");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.get());
        } catch (IOException e) {
            throw new VaultException("cannot read " + path + ": " + e.getMessage(), e);
        }
        Optional<TaskLine> task = new NoteParser().parse(path, bytes).tasks().stream()
                .filter(t -> t.line() == line).findFirst();
        if (task.isEmpty()) {
            return TaskChange.refused("line " + line + " of " + path + " holds no task");
        }
        String owner = session.read(db -> new TaskQueries(db).ownerAt(path, line)).orElse(task.get().ownerRun());
        return write(path, new TaskRef(line, task.get().description(), ContentHash.of(bytes)), owner, edit);
    }

    /** The reader's checkboxes come here too: one guarded write for every task edit. */
    TaskChange write(String path, TaskRef ref, String owner, TaskEdit edit) throws VaultException {
        Optional<Path> file = files.inside(path);
        if (file.isEmpty()) {
            return TaskChange.refused("no note " + path + " in the vault");
        }
        LocalDate today = today();
        String[] before = new String[1];
        List<List<String>> after = new ArrayList<>(1);
        EditOutcome outcome;
        try {
            outcome = edits.replaceTaskLine(file.get(), ref, text -> {
                before[0] = text;
                after.add(edit.apply(text, owner, today));
                return after.get(0);
            });
        } catch (IOException e) {
            throw new VaultException("cannot write " + path + ": " + e.getMessage(), e);
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            return TaskChange.refused(refused.reason());
        }
        EditOutcome.Written written = (EditOutcome.Written) outcome;
        session.refresh(List.of(path));
        String message = (written.lineCount() > 1 ? "Completed; the next occurrence was added" : edit.done())
                + " — " + path + ", line " + (written.line() + written.lineCount() - 1);
        return new TaskChange(EditResult.written(message), Optional.of(new TaskUndo(path, written.line(),
                after.get(0), written.newHash(), List.of(before[0]), ref.description())));
    }

    /** Puts the lines of an earlier edit back as they were, if they are still as that edit wrote them. */
    public EditResult undo(TaskUndo undo) throws VaultException {
        Optional<Path> file = files.inside(undo.path());
        if (file.isEmpty()) {
            return EditResult.refused("no note " + undo.path() + " in the vault");
        }
        EditOutcome outcome;
        try {
            outcome = edits.restoreLines(file.get(), undo.line(), undo.written(), undo.writtenHash(),
                    undo.original());
        } catch (IOException e) {
            throw new VaultException("cannot write " + undo.path() + ": " + e.getMessage(), e);
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            return EditResult.refused("Cannot undo: " + refused.reason());
        }
        session.refresh(List.of(undo.path()));
        return EditResult.written("Undone — " + undo.path() + ", line " + ((EditOutcome.Written) outcome).line());
    }
}
