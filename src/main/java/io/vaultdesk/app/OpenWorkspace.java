package io.vaultdesk.app;

import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.NoteQueries;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.watch.AppliedChange;
import io.vaultdesk.watch.IndexListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** The {@link Workspace} of a vault folder: its session, watched, and the catalog kept current with it. */
public final class OpenWorkspace implements Workspace {
    private final VaultSession session;
    private final String name;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private final NoteReader reader;
    private final TaskToggle toggle;
    private final MentionLinker linker;
    private volatile VaultCatalog catalog = VaultCatalog.EMPTY;
    private final java.util.concurrent.atomic.AtomicLong catalogReads = new java.util.concurrent.atomic.AtomicLong();
    private long catalogNumber;
    /** How often a first build shows what it has so far; each time costs a read of the notes table. */
    private long partialEveryNanos = 1_000_000_000L;

    private final MojibakeFix mojibake;
    private final VaultTasks tasks;
    private final NoteEditing editing;
    private final io.vaultdesk.app.edit.RecoveryCopies recovery;

    private OpenWorkspace(VaultSession session, Path backups) {
        this.session = session;
        this.mojibake = new MojibakeFix(new VaultFiles(session.root()), backups);
        this.name = session.root().getFileName() == null ? session.root().toString()
                : session.root().getFileName().toString();
        this.reader = new NoteReader(session.root(), () -> catalog);
        this.linker = new MentionLinker(session);
        this.tasks = new VaultTasks(session);
        this.toggle = new TaskToggle(tasks, reader);
        this.editing = new NoteEditing(new VaultFiles(session.root()), session);
        this.recovery = new io.vaultdesk.app.edit.RecoveryCopies(
                backups.toAbsolutePath().normalize().resolveSibling("recovery"), session.root());
    }

    /**
     * Opens the vault and its index, without reading the files yet: {@link #bringUpToDate} does that, so a window
     * can show itself, and then the vault filling in.
     *
     * @param indexDir where the index lives; empty for the per-user place
     * @param backups  where a repair keeps the files as they were (outside the vault)
     */
    public static OpenWorkspace open(Path vault, Optional<Path> indexDir, Path backups) throws VaultException {
        VaultSession session = VaultSession.openForWindow(vault,
                indexDir.orElseGet(() -> VaultSession.defaultIndexDir(vault)));
        return new OpenWorkspace(session, backups);
    }

    /** Opens the vault and brings its index up to date: what a caller that has nothing to show meanwhile wants. */
    public static OpenWorkspace open(Path vault, Optional<Path> indexDir, Path backups, IndexProgress progress)
            throws VaultException {
        OpenWorkspace w = open(vault, indexDir, backups);
        try {
            w.bringUpToDate(progress);
            return w;
        } catch (VaultException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** For tests: partial catalogs after every committed chunk. */
    void partialCatalogsEvery(java.time.Duration interval) {
        partialEveryNanos = interval.toNanos();
    }

    @Override
    public void bringUpToDate(IndexProgress progress, Runnable beforeCatchUp) throws VaultException {
        // What the index holds is right but for the changes made while the app was closed: show it at once.
        loadCatalog();
        boolean shown = catalog.size() > 0;
        if (shown) {
            listeners.forEach(l -> l.vaultChanged(catalog, Set.of()));
            beforeCatchUp.run();
        }
        long start = System.nanoTime();
        SyncStats built = !session.needsFullBuild() ? null
                : session.sync(new PartialCatalogs(progress)); // every file: with progress, and partial catalogs
        // Starting the watch compares the vault with the index once more, after the watcher is registered, so
        // nothing changed in between is missed. For an index that was current, that is the only scan needed.
        boolean unchanged = session.watch(new Follower()).caughtUpWithoutChanges();
        // Unchanged since the catalog was shown (the usual launch): reading it again would only redraw the views.
        if (shown && unchanged && built == null) {
            return;
        }
        loadCatalog();
        listeners.forEach(l -> l.vaultChanged(catalog, Set.of()));
        if (built != null) {
            // how long a first opening took, for whoever asks why it was slow (Help, Open log folder)
            System.getLogger(OpenWorkspace.class.getName()).log(System.Logger.Level.INFO, () -> String.format(
                    java.util.Locale.ROOT, "first read of %s: %,d files indexed in %.1f s, up to date after %.1f s",
                    session.root(), built.files(), built.millis() / 1e3, (System.nanoTime() - start) / 1e9));
        }
    }

    /**
     * While a big vault is first read, the listeners get the notes indexed so far about once a second. Progress is
     * reported on the indexing thread just after a commit, so the catalog read there is whole as far as it goes.
     */
    private final class PartialCatalogs implements IndexProgress {
        private final IndexProgress progress;
        private long last = System.nanoTime();

        PartialCatalogs(IndexProgress progress) {
            this.progress = progress;
        }

        @Override
        public void update(int done, int total) {
            progress.update(done, total);
            long now = System.nanoTime();
            if (done > 0 && done < total && now - last >= partialEveryNanos && !listeners.isEmpty()) {
                try {
                    loadCatalog();
                    listeners.forEach(l -> l.vaultPartlyRead(catalog));
                } catch (VaultException e) {
                    // the build goes on; the complete catalog follows when it ends
                }
                last = System.nanoTime();
            }
        }
    }

    /**
     * Reads the catalog and makes it current, unless a newer one already is. Reads are numbered where they run,
     * one at a time with the index's updates, so a slow reader can never put an older catalog back.
     */
    private VaultCatalog loadCatalog() throws VaultException {
        long[] number = new long[1];
        List<IndexedNote> files = session.read(db -> {
            number[0] = catalogReads.incrementAndGet();
            return new NoteQueries(db).allFiles();
        });
        VaultCatalog loaded = new VaultCatalog(files);
        synchronized (this) {
            if (number[0] > catalogNumber) {
                catalogNumber = number[0];
                catalog = loaded;
            }
            return catalog;
        }
    }

    /** Runs on the index's writer thread after each update: the catalog is rebuilt before anyone is told. */
    private final class Follower implements IndexListener {
        @Override
        public void indexChanged(List<AppliedChange> changes) {
            try {
                loadCatalog();
            } catch (VaultException e) {
                listeners.forEach(l -> l.vaultFailed(e.getMessage()));
                return;
            }
            Set<String> paths = changes.stream().map(c -> c.change().path()).collect(Collectors.toSet());
            listeners.forEach(l -> l.vaultChanged(catalog, paths));
        }

        @Override
        public void indexFailed(Exception e) {
            listeners.forEach(l -> l.vaultFailed("the index stopped following the vault: " + e.getMessage()));
        }
    }

    @Override
    public Path root() {
        return session.root();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public VaultCatalog catalog() {
        return catalog;
    }

    @Override
    public NoteView read(String path, boolean dark) throws VaultException {
        return reader.read(path, dark);
    }

    @Override
    public List<BacklinkGroup> backlinks(String path) throws VaultException {
        VaultCatalog c = catalog;
        Optional<IndexedNote> note = c.byPath(path);
        return note.isEmpty() ? List.of() : new Backlinks(session, c).linkedMentions(note.get());
    }

    @Override
    public List<UnlinkedGroup> unlinkedMentions(String path) throws VaultException {
        VaultCatalog c = catalog;
        Optional<IndexedNote> note = c.byPath(path).filter(IndexedNote::isNote);
        return note.isEmpty() ? List.of() : new UnlinkedMentions(session, c).of(note.get());
    }

    @Override
    public EditResult linkMention(String sourcePath, UnlinkedMention mention, String targetPath)
            throws VaultException {
        VaultCatalog c = catalog;
        Optional<IndexedNote> target = c.byPath(targetPath).filter(IndexedNote::isNote);
        if (target.isEmpty()) {
            return EditResult.refused(targetPath + " is no longer in the vault.");
        }
        if (targetPath.equals(sourcePath)) {
            return EditResult.refused("A note does not link to itself.");
        }
        return linker.link(sourcePath, mention, target.get(), c);
    }

    @Override
    public Optional<EntityOverview> overview(String path) throws VaultException {
        VaultCatalog c = catalog;
        Optional<IndexedNote> note = c.byPath(path).filter(n -> VaultCatalog.kindOf(n).isEntity());
        return note.isEmpty() ? Optional.empty() : Optional.of(new Backlinks(session, c).overview(note.get()));
    }

    @Override
    public List<SwitcherHit> switcher(String query, int limit) {
        return QuickSwitcher.find(catalog, query, limit);
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws VaultException {
        List<String> terms = NoteSearch.terms(query);
        VaultCatalog c = catalog;
        return NoteSearch.rank(c, terms, session.read(db -> new NoteQueries(db).search(terms, limit)));
    }

    @Override
    public EditResult toggleTask(String pagePath, long pageHash, String taskPath, int line) throws VaultException {
        return toggle.toggle(pagePath, pageHash, taskPath, line);
    }

    @Override
    public List<io.vaultdesk.index.TaskRow> tasks() throws VaultException {
        return tasks.all();
    }

    @Override
    public TaskChange editTask(io.vaultdesk.index.TaskRow task, TaskEdit edit) throws VaultException {
        return tasks.edit(task, edit);
    }

    @Override
    public EditResult undo(TaskUndo undo) throws VaultException {
        return tasks.undo(undo);
    }

    @Override
    public java.time.LocalDate today() {
        return tasks.today();
    }

    @Override
    public RepairPreview previewRepair(String path) throws VaultException {
        return mojibake.preview(path);
    }

    @Override
    public EditResult repair(RepairPreview preview) throws VaultException {
        EditResult result = mojibake.repair(preview);
        if (result.written()) {
            session.refresh(List.of(preview.path()));
        }
        return result;
    }

    @Override
    public NewNote createMeeting(io.vaultdesk.app.meeting.MeetingDraft draft, String folderPattern,
                                 String templatePath) throws VaultException {
        NewNote made;
        try {
            made = new FormCreation(new VaultFiles(session.root())).create(draft, folderPattern, templatePath,
                    catalog);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot create the meeting: " + e.getMessage(), e);
        }
        if (made.path().isPresent()) {
            session.refresh(List.of(made.path().get()));
            loadCatalog();
        }
        return made;
    }

    @Override
    public List<io.vaultdesk.app.meeting.MeetingGroup> meetings(io.vaultdesk.app.meeting.MeetingFilter filter,
            io.vaultdesk.app.meeting.MeetingGrouping grouping) throws VaultException {
        VaultCatalog c = catalog;
        java.util.Map<Integer, Integer> overdue = session.read(db ->
                new io.vaultdesk.index.TaskQueries(db).overdueOpenCounts(tasks.today()));
        return io.vaultdesk.app.meeting.MeetingList.arrange(c.notes(io.vaultdesk.vault.NoteKind.MEETING), overdue,
                filter, grouping);
    }

    @Override
    public List<EntityRow> entities(io.vaultdesk.vault.NoteKind kind) throws VaultException {
        VaultCatalog c = catalog;
        List<io.vaultdesk.index.MeetingLink> links = session.read(db -> new NoteQueries(db).meetingLinks());
        java.util.Map<String, Integer> open = session.read(db ->
                new io.vaultdesk.index.TaskQueries(db).openCountsByOwner());
        return EntityStats.of(c, kind, links, open);
    }

    @Override
    public Optional<String> prepare(String path, List<String> myNames) throws VaultException {
        VaultCatalog c = catalog;
        Optional<io.vaultdesk.index.IndexedNote> note = c.byPath(path);
        Optional<EntityOverview> overview = overview(path);
        if (note.isEmpty() || overview.isEmpty() || overview.get().kind() == io.vaultdesk.vault.NoteKind.PROJECT) {
            return Optional.empty();
        }
        VaultFiles files = new VaultFiles(session.root());
        return Optional.of(MeetingPrep.build(note.get(), overview.get(), tasks.all(), myNames, p -> {
            try {
                Optional<java.nio.file.Path> f = files.inside(p);
                return f.isPresent() ? NoteLines.lines(f.get()) : List.of();
            } catch (java.io.IOException e) {
                return List.of(); // gone or unreadable: its decisions are left out, the rest still helps
            }
        }, tasks.today()));
    }

    @Override
    public io.vaultdesk.app.edit.EditorDocument edit(String path) throws VaultException {
        return editing.open(path);
    }

    @Override
    public io.vaultdesk.app.edit.SaveOutcome save(io.vaultdesk.app.edit.EditorDocument doc, String text,
                                                  long baseHash) throws VaultException {
        return saved(doc, editing.save(doc, text, baseHash));
    }

    @Override
    public io.vaultdesk.app.edit.SaveOutcome recreate(io.vaultdesk.app.edit.EditorDocument doc, String text)
            throws VaultException {
        return saved(doc, editing.recreate(doc, text));
    }

    private io.vaultdesk.app.edit.SaveOutcome saved(io.vaultdesk.app.edit.EditorDocument doc,
            io.vaultdesk.app.edit.SaveOutcome outcome) throws VaultException {
        if (outcome instanceof io.vaultdesk.app.edit.SaveOutcome.Saved) {
            dropRecovery(doc.path());
        }
        return outcome;
    }

    @Override
    public String preview(String path, String text, boolean dark) throws VaultException {
        return reader.preview(path, text, dark);
    }

    @Override
    public void keepRecovery(String path, String text, long baseHash) throws VaultException {
        try {
            recovery.keep(path, text, baseHash);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot keep a recovery copy: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<io.vaultdesk.app.edit.RecoveryCopies.Copy> recovery(String path) throws VaultException {
        try {
            return recovery.find(path);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot read the recovery copy: " + e.getMessage(), e);
        }
    }

    @Override
    public void dropRecovery(String path) throws VaultException {
        try {
            recovery.discard(path);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot remove the recovery copy: " + e.getMessage(), e);
        }
    }

    @Override
    public NewNote createEntity(io.vaultdesk.app.meeting.EntityDraft draft) throws VaultException {
        NewNote made;
        try {
            made = new FormCreation(new VaultFiles(session.root())).create(draft, catalog);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot create the note: " + e.getMessage(), e);
        }
        if (made.path().isPresent()) {
            session.refresh(List.of(made.path().get()));
            loadCatalog();
        }
        return made;
    }

    @Override
    public NewNote createNote(String linkTarget) throws VaultException {
        NewNote made;
        try {
            made = new NoteCreation(new VaultFiles(session.root())).create(linkTarget);
        } catch (java.io.IOException e) {
            throw new VaultException("cannot create the note: " + e.getMessage(), e);
        }
        if (made.path().isPresent()) {
            session.refresh(List.of(made.path().get()));
            loadCatalog(); // while watched the listener has done it already; before that, the caller opens it next
        }
        return made;
    }

    @Override
    public SyncStats reindex() throws VaultException {
        return session.sync(IndexProgress.NONE);
    }

    @Override
    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        listeners.clear();
        try {
            session.close();
        } catch (VaultException e) {
            System.getLogger(OpenWorkspace.class.getName()).log(System.Logger.Level.WARNING, "closing the index", e);
        }
    }
}
