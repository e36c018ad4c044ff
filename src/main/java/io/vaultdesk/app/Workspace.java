package io.vaultdesk.app;

import io.vaultdesk.index.SyncStats;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open vault, as the desktop app uses it: every use case the views call. Each method may read files or the
 * index, so none is to be called on the UI thread (the UI tests run against a proxy that fails if one is),
 * but those marked {@link NonBlocking}.
 */
public interface Workspace extends AutoCloseable {
    @NonBlocking
    Path root();

    /** What the window title calls the vault. */
    @NonBlocking
    String name();

    /** The snapshot as of the last index update. */
    @NonBlocking
    VaultCatalog catalog();

    /**
     * Reads what changed since the index was last brought up to date, then follows the vault. Listeners hear of
     * the notes indexed so far while a big vault is read, and of the whole catalog at the end.
     */
    default void bringUpToDate(io.vaultdesk.index.IndexProgress progress) throws VaultException {
        bringUpToDate(progress, () -> { });
    }

    /**
     * As {@link #bringUpToDate(io.vaultdesk.index.IndexProgress)}, but when the index already held the vault, runs
     * {@code beforeCatchUp} after listeners have its catalog and before reading what changed: the window waits
     * there until it is drawn, which on 2 cores it was about 0.2 s sooner without the catch-up beside it.
     */
    void bringUpToDate(io.vaultdesk.index.IndexProgress progress, Runnable beforeCatchUp) throws VaultException;

    NoteView read(String path, boolean dark) throws VaultException;

    List<BacklinkGroup> backlinks(String path) throws VaultException;

    /** Where other notes name this one (file name, title or alias) in plain text, without a link. */
    List<UnlinkedGroup> unlinkedMentions(String path) throws VaultException;

    /** Turns that mention, as it was read, into a link to the target; the file is the truth. */
    EditResult linkMention(String sourcePath, UnlinkedMention mention, String targetPath) throws VaultException;

    /** Meetings and open tasks of a person, account or project note; empty for other notes. */
    Optional<EntityOverview> overview(String path) throws VaultException;

    List<SwitcherHit> switcher(String query, int limit);

    List<SearchHit> search(String query, int limit) throws VaultException;

    /**
     * Ticks or unticks a task as a page showed it; the file is the truth.
     *
     * @param pagePath the note the page showed, and {@code pageHash} the hash of its bytes ({@link NoteView#hash})
     * @param taskPath the note the task is in: the page's own, or one it embeds
     */
    EditResult toggleTask(String pagePath, long pageHash, String taskPath, int line) throws VaultException;

    /** Every task of the vault with its note, for the task board. */
    List<io.vaultdesk.index.TaskRow> tasks() throws VaultException;

    /** Changes a task the board showed (tick, status, due date, owner); the file is the truth. */
    TaskChange editTask(io.vaultdesk.index.TaskRow task, TaskEdit edit) throws VaultException;

    /** Takes back an earlier task edit, if its lines are still as it wrote them. */
    EditResult undo(TaskUndo undo) throws VaultException;

    /** The local date the board's columns and done dates go by. */
    @NonBlocking
    java.time.LocalDate today();

    /** Every line that repairing the note's mojibake would change; nothing is written. */
    RepairPreview previewRepair(String path) throws VaultException;

    /** Writes the previewed repair, if the file is still as previewed; the file as it was is kept as a backup. */
    EditResult repair(RepairPreview preview) throws VaultException;

    /** Creates the note an unresolved link names, where the link will resolve to it. */
    NewNote createNote(String linkTarget) throws VaultException;

    /**
     * Writes a new meeting note from the form and indexes it.
     *
     * @param folderPattern where meetings go ({@code Meetings/{{year}}} by default)
     * @param templatePath  the vault's template, used when it exists ({@code Templates/Meeting.md} by default)
     */
    NewNote createMeeting(io.vaultdesk.app.meeting.MeetingDraft draft, String folderPattern, String templatePath)
            throws VaultException;

    /** The meetings table's rows: every meeting, newest first, filtered and grouped. */
    List<io.vaultdesk.app.meeting.MeetingGroup> meetings(io.vaultdesk.app.meeting.MeetingFilter filter,
            io.vaultdesk.app.meeting.MeetingGrouping grouping) throws VaultException;

    /** The people, accounts or projects with their last meeting, number of meetings and open tasks. */
    List<EntityRow> entities(io.vaultdesk.vault.NoteKind kind) throws VaultException;

    /**
     * "Prepare for a meeting with X" for a person or account note: the last meetings' decisions and every open item
     * in both directions, as Markdown; empty for other notes.
     *
     * @param myNames the owners that are the user ("Myself", their name)
     */
    Optional<String> prepare(String path, List<String> myNames) throws VaultException;

    /** Opens a note in the editor; refused for a note whose bytes do not decode cleanly. */
    io.vaultdesk.app.edit.EditorDocument edit(String path) throws VaultException;

    /**
     * Saves the editor's text over the version with hash {@code baseHash}: the document's own, or the disk's one
     * that the user chose to overwrite after a conflict.
     */
    io.vaultdesk.app.edit.SaveOutcome save(io.vaultdesk.app.edit.EditorDocument doc, String text, long baseHash)
            throws VaultException;

    /** Writes the editor's text anew for a note deleted while it was open, if it is still absent. */
    io.vaultdesk.app.edit.SaveOutcome recreate(io.vaultdesk.app.edit.EditorDocument doc, String text)
            throws VaultException;

    /** The editor's text rendered as the reader would render the note. */
    String preview(String path, String text, boolean dark) throws VaultException;

    /** Keeps unsaved editor text outside the vault, for after a crash. */
    void keepRecovery(String path, String text, long baseHash) throws VaultException;

    /** Unsaved text kept for the note, if any. */
    Optional<io.vaultdesk.app.edit.RecoveryCopies.Copy> recovery(String path) throws VaultException;

    /** The note was saved or its changes discarded: its recovery copy goes. */
    void dropRecovery(String path) throws VaultException;

    /** Writes a new person, account or project note in its folder and indexes it (an existing one is returned). */
    NewNote createEntity(io.vaultdesk.app.meeting.EntityDraft draft) throws VaultException;

    /** Compares the whole vault with the index again (F5). */
    SyncStats reindex() throws VaultException;

    @NonBlocking
    void addListener(WorkspaceListener listener);

    @Override
    void close();
}
