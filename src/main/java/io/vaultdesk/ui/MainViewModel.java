package io.vaultdesk.ui;

import io.vaultdesk.app.BacklinkGroup;
import io.vaultdesk.app.EditResult;
import io.vaultdesk.app.EntityOverview;
import io.vaultdesk.app.NoteView;
import io.vaultdesk.app.UnlinkedGroup;
import io.vaultdesk.app.UnlinkedMention;
import io.vaultdesk.app.Settings;
import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.app.Workspace;
import io.vaultdesk.app.WorkspaceListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The window's state: the open vault, its catalog, the note in the reader and its backlinks, history, status.
 * Every call into the workspace runs in {@link Background}; results are applied on the FX thread, and a result
 * that arrives after a newer request for the same thing is dropped.
 */
public final class MainViewModel {
    private final WorkspaceOpener opener;
    private final Settings settings;
    private final Background background = new Background(this::failed);
    /** Counted down once the window is on screen ({@link #windowShown}). */
    private final java.util.concurrent.CountDownLatch windowShown = new java.util.concurrent.CountDownLatch(1);
    /** Opening and first indexing of a vault: long, so on a thread of its own, never holding up the views' work. */
    private final java.util.concurrent.ExecutorService opening = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "vaultdesk-open");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean shutDown;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<VaultCatalog> catalog = new SimpleObjectProperty<>(VaultCatalog.EMPTY);
    /**
     * The catalog once the whole vault is read: a first build's partial catalogs go to {@link #catalog} alone.
     * Views whose refresh reads the index or walks every meeting follow this one, so that they do not redo that
     * work for each chunk of a first build, on the cores the build needs.
     */
    private final ObjectProperty<VaultCatalog> completeCatalog = new SimpleObjectProperty<>(VaultCatalog.EMPTY);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.MEETINGS);
    private final ObjectProperty<NoteView> note = new SimpleObjectProperty<>();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final NotePanel panel = new NotePanel(background);
    private final StringProperty title = new SimpleStringProperty("VaultDesk");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canGoBack = new SimpleBooleanProperty(false);
    private final BooleanProperty canGoForward = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    /** What fills the centre: the reader, the task board, or a list above the reader. */
    private final ObjectProperty<CentreView> centre = new SimpleObjectProperty<>(CentreView.MEETINGS);
    private final History<Place> history = new History<>();
    /** The note shown in the reader: a read replaced before it started (arrowing through a list) does not run. */
    private final LatestRequest noteRead = new LatestRequest();

    public MainViewModel(WorkspaceOpener opener, Settings settings) {
        this.opener = opener;
        this.settings = settings;
        dark.addListener((o, was, now) -> reloadNote());
        section.addListener((o, was, now) -> centre.set(CentreView.of(now)));
    }

    /**
     * Opens a vault: the window shows it at once, its lists fill in while a big vault is first indexed (with
     * progress in the status bar), and the previous vault is closed.
     */
    public void openVault(Path vault) {
        openVault(() -> vault);
    }

    /** @param which picks the vault, on the opening thread: it may have to look at folders or copy the sample */
    public void openVault(java.util.concurrent.Callable<Path> which) {
        status.set("Opening…");
        busy.set(true);
        progress.set(-1);
        Path[] chosen = new Path[1];
        boolean[] attaching = new boolean[1]; // set on the opening thread before attach is queued
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() throws Exception {
                Path vault = which.call();
                chosen[0] = vault;
                updateMessage("Opening " + vault + "…");
                Workspace w = opener.open(vault);
                StartupProbe.mark("vault_opened");
                try {
                    w.addListener(new Follower(w)); // before reading: it hears of the notes as they are indexed
                    attaching[0] = true;
                    Platform.runLater(() -> attach(w));
                    w.bringUpToDate((done, total) -> {
                        updateProgress(done, total);
                        updateMessage("Indexing " + done + " of " + total + " files…");
                    }, MainViewModel.this::awaitWindowShown);
                    if (shutDown) {
                        w.close(); // the window closed while the vault was being read
                    }
                    return w;
                } catch (Exception | Error e) {
                    w.close();
                    throw e;
                }
            }
        };
        task.messageProperty().addListener((o, was, now) -> status.set(now));
        task.progressProperty().addListener((o, was, now) -> progress.set(now.doubleValue()));
        task.setOnFailed(e -> {
            busy.set(false);
            progress.set(0);
            Throwable cause = task.getException();
            status.set("Cannot open " + (chosen[0] == null ? "the vault" : chosen[0]) + ": "
                    + (cause.getMessage() == null ? cause : cause.getMessage()));
            // a vault that cannot be opened is not reopened on the next start, nor left half shown
            if (chosen[0] != null) {
                settings.forgetVault(chosen[0]);
                saveSettings();
            }
            if (attaching[0]) {
                workspace.set(null); // the opening thread closed it
                title.set("VaultDesk");
                forgetShownVault();
            } // else the vault on screen, if any, stays open and usable: only the one chosen failed
        });
        task.setOnSucceeded(e -> upToDate(task.getValue()));
        opening.execute(task);
    }

    /** The window calls this once it is on screen: a launch's catch-up waits for it ({@link #awaitWindowShown}). */
    public void windowShown() {
        windowShown.countDown();
    }

    /** Reading what changed while the app was closed competed with drawing the window for the 2 cores. */
    private void awaitWindowShown() {
        try {
            windowShown.await(3, java.util.concurrent.TimeUnit.SECONDS); // a window never shown holds nothing up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void attach(Workspace opened) {
        Workspace previous = workspace.get();
        if (previous != null) {
            background.run(() -> {
                previous.close();
                return null;
            }, ignored -> { });
        }
        workspace.set(opened);
        title.set("VaultDesk — " + opened.name());
        forgetShownVault();
    }

    /** Nothing of the vault shown so far stays: after a switch, or a failed first read of the one just shown. */
    private void forgetShownVault() {
        history.clear();
        noteRead.lapse(); // a read of the previous vault still under way must not land
        catalog.set(VaultCatalog.EMPTY);
        completeCatalog.set(VaultCatalog.EMPTY);
        note.set(null);
        place.set(null);
        panel.clear();
        updateHistoryFlags();
    }

    /**
     * Not in the middle of a first build, whose partial catalogs reach {@link #catalog} alone. The index can still
     * be busy (the catch-up after a launch holds it for a moment); a first build holds it for as long as it reads.
     */
    private boolean wholeVaultRead() {
        return catalog.get() == completeCatalog.get();
    }

    private void upToDate(Workspace opened) {
        settings.vaultOpened(opened.root());
        saveSettings();
        background.run(opened::catalog, c -> {
            if (workspace.get() != opened) {
                return;
            }
            catalog.set(c);
            completeCatalog.set(c);
            busy.set(false);
            progress.set(0);
            status.set("Index up to date");
            openSomethingToRead(c);
        });
    }

    /** Nothing opened yet: something to read at once, the latest meeting, else the vault's README. */
    private void openSomethingToRead(VaultCatalog c) {
        if (history.current().isEmpty()) {
            c.notes(io.vaultdesk.vault.NoteKind.MEETING).stream().findFirst()
                    .or(() -> c.byPath("README.md"))
                    .ifPresent(n -> open(n.path()));
        }
    }

    /** Vault changes arrive on the index's thread; they are applied here if the vault is still the open one. */
    private final class Follower implements WorkspaceListener {
        private final Workspace source;

        Follower(Workspace source) {
            this.source = source;
        }

        @Override
        public void vaultChanged(VaultCatalog changed, Set<String> paths) {
            show(changed, paths, true);
        }

        /** A first build's notes so far: the latest meeting may be among those still to come. */
        @Override
        public void vaultPartlyRead(VaultCatalog soFar) {
            show(soFar, Set.of(), false);
        }

        private void show(VaultCatalog changed, Set<String> paths, boolean whole) {
            StartupProbe.mark("catalog_read");
            Platform.runLater(() -> {
                if (workspace.get() != source) {
                    return;
                }
                catalog.set(changed);
                if (whole) {
                    completeCatalog.set(changed);
                }
                StartupProbe.mark("catalog_shown");
                if (busy.get() && whole) {
                    openSomethingToRead(changed); // the index was current: no need to wait for the catch-up
                }
                // the note asked for: place is set only once it is rendered, which may be after the build ends
                Optional<Place> current = history.current();
                if (current.isPresent() && paths.contains(current.get().path())) {
                    reloadNote();
                } else if (current.isPresent() && whole) {
                    // not for each chunk of a first build: the panel's read would wait for the build to end anyway
                    panel.load(source, current.get().path());
                }
            });
        }

        @Override
        public void vaultFailed(String message) {
            Platform.runLater(() -> status.set(message));
        }
    }

    public void open(Place target) {
        if (centre.get() == CentreView.BOARD) {
            centre.set(CentreView.READER); // the lists above the reader stay: the note shows below them
        }
        history.visit(target);
        updateHistoryFlags();
        show(target);
    }

    public void open(String path) {
        open(Place.top(path));
    }

    public void back() {
        history.back().ifPresent(this::show);
        updateHistoryFlags();
    }

    public void forward() {
        history.forward().ifPresent(this::show);
        updateHistoryFlags();
    }

    /** Ctrl+W: the note leaves the reader; the one before it, if any, comes back. */
    public void closeNote() {
        Optional<Place> previous = history.close();
        updateHistoryFlags();
        if (previous.isPresent()) {
            show(previous.get());
        } else {
            noteRead.lapse();
            note.set(null);
            place.set(null);
            panel.clear();
        }
    }

    private void show(Place target) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        boolean wantDark = dark.get();
        LatestRequest.Request<NoteView> r = noteRead.next(() -> w.read(target.path(), wantDark), view -> {
            place.set(target);
            note.set(view);
        });
        background.runBesideIndex(r.work(), r.apply());
        if (wholeVaultRead()) {
            panel.load(w, target.path());
        } else {
            panel.awaitVault(); // read when the build ends (Follower.show)
        }
    }

    private void reloadNote() {
        history.current().ifPresent(this::show);
    }


    /** Rewrites one plain mention of the note in the reader into a link to it, under the guarded write. */
    public void linkMention(String sourcePath, UnlinkedMention mention) {
        Workspace w = workspace.get();
        Place current = place.get();
        if (w == null || current == null) {
            return;
        }
        background.run(() -> w.linkMention(sourcePath, mention, current.path()), (EditResult result) -> {
            status.set(result.message());
            panel.load(w, current.path());
        });
    }

    /**
     * Ticks or unticks a task of the page in the reader; the reader then shows the file as written.
     *
     * @param shown the note whose page the checkbox was on
     * @param path  the note the checkbox belongs to: the page's own, or an embedded note's (blank: the page's)
     */
    public void toggleTask(NoteView shown, String path, int line) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        String file = path == null || path.isBlank() ? shown.path() : path;
        background.run(() -> w.toggleTask(shown.path(), shown.hash(), file, line), (EditResult result) -> {
            status.set(result.message());
            reloadNote();
        });
    }

    /** Previews the repair of the note in the reader, asks the user, and repairs the file if they agree. */
    public void repairShownNote(java.util.function.Predicate<io.vaultdesk.app.RepairPreview> confirm) {
        Workspace w = workspace.get();
        NoteView shown = note.get();
        if (w == null || shown == null) {
            return;
        }
        background.run(() -> w.previewRepair(shown.path()), preview -> {
            if (confirm.test(preview)) {
                background.run(() -> w.repair(preview), result -> {
                    status.set(result.message());
                    reloadNote();
                });
            }
        });
    }

    /** Creates the note an unresolved link names, then opens it. */
    public void createNote(String linkTarget) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        background.run(() -> w.createNote(linkTarget), made -> {
            status.set(made.message());
            made.path().ifPresent(this::open);
        });
    }

    /** Writes a new meeting note from the form, then opens it. */
    public void createMeeting(io.vaultdesk.app.meeting.MeetingDraft draft, String folder, String template) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        background.run(() -> w.createMeeting(draft, folder, template), made -> {
            status.set(made.message());
            made.path().ifPresent(this::open);
        });
    }

    /** The "prepare for a meeting" page of the person or account in the reader, for {@code show} to present. */
    public void prepareForMeeting(List<String> myNames, java.util.function.BiConsumer<String, String> show) {
        Workspace w = workspace.get();
        NoteView shown = note.get();
        if (w == null || shown == null) {
            return;
        }
        background.run(() -> w.prepare(shown.path(), myNames), page -> {
            if (page.isPresent()) {
                show.accept(shown.title(), page.get());
            } else {
                status.set("Preparing works for a person or an account: open one first");
            }
        });
    }

    /** Writes a new person, account or project note, then opens it. */
    public void createEntity(io.vaultdesk.app.meeting.EntityDraft draft) {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        background.run(() -> w.createEntity(draft), made -> {
            status.set(made.message());
            made.path().ifPresent(this::open);
        });
    }

    public void reindex() {
        Workspace w = workspace.get();
        if (w == null) {
            return;
        }
        status.set("Reindexing…");
        background.run(w::reindex, stats -> status.set("Index up to date"));
    }

    public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        background.run(work, onSuccess);
    }

    /** As {@code run}, for work that never touches the index: it never waits behind reads of a busy index. */
    public <T> void runBesideIndex(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        background.runBesideIndex(work, onSuccess);
    }

    /** As the two-argument {@code run}; after a failure is reported, {@code afterFailure} runs. */
    public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                        Runnable afterFailure) {
        javafx.concurrent.Task<T> task = background.run(work, onSuccess);
        // called on the FX thread, so the task cannot have finished before its handler is replaced
        task.setOnFailed(e -> {
            failed(task.getException());
            afterFailure.run();
        });
    }

    private void failed(Throwable e) {
        busy.set(false);
        progress.set(0);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        status.set(message);
        System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING, message, e);
    }

    private void updateHistoryFlags() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    /** Written off the FX thread; the settings object itself is shared and synchronised. */
    public void saveSettings() {
        background.run(() -> {
            settings.save();
            return null;
        }, ignored -> { });
    }

    /**
     * The window closed: queued work finishes, and the index is closed on a thread of its own, which the JVM waits
     * for (not a daemon), so H2 is shut down cleanly without holding up the FX thread.
     */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        Workspace w = workspace.get();
        background.shutdown();
        opening.shutdown();
        new Thread(() -> {
            try {
                settings.save(); // the layout just remembered: the pool's daemon threads may not get to it
            } catch (java.io.IOException e) {
                System.getLogger(MainViewModel.class.getName()).log(System.Logger.Level.WARNING, "settings", e);
            }
            if (w != null) {
                w.close();
            }
        }, "vaultdesk-close").start();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /**
     * What a pane with nothing in it says: while the vault is read its lists may still be empty, so that it is being
     * read; else {@code idle}.
     */
    public javafx.beans.binding.StringExpression emptyText(String idle) {
        return javafx.beans.binding.Bindings.when(busy).then("Reading the vault…").otherwise(idle);
    }

    /** The open note's panel waits for a first build to end before it is read. */
    public javafx.beans.property.ReadOnlyBooleanProperty panelAwaitsVaultProperty() {
        return panel.awaitsVault();
    }

    /** See {@link #completeCatalog}. */
    public javafx.beans.property.ReadOnlyObjectProperty<VaultCatalog> completeCatalogProperty() {
        return completeCatalog;
    }

    public ObjectProperty<VaultCatalog> catalogProperty() {
        return catalog;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<NoteView> noteProperty() {
        return note;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObservableList<BacklinkGroup> backlinks() {
        return panel.backlinks();
    }

    public ObservableList<UnlinkedGroup> unlinked() {
        return panel.unlinked();
    }

    public ObjectProperty<Optional<EntityOverview>> overviewProperty() {
        return panel.overview();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canGoBackProperty() {
        return canGoBack;
    }

    public BooleanProperty canGoForwardProperty() {
        return canGoForward;
    }

    public ObjectProperty<CentreView> centreProperty() {
        return centre;
    }

    /** The note in the editor (null: none), and the centre view to go back to when it closes. */
    private final ObjectProperty<String> editing = new SimpleObjectProperty<>();
    private CentreView beforeEditing = CentreView.READER;

    public ObjectProperty<String> editingProperty() {
        return editing;
    }

    /** Ctrl+E: the note in the reader goes into the editor. */
    public void editNote() {
        Place current = place.get();
        if (current != null) {
            edit(current.path());
        }
    }

    public void edit(String path) {
        if (centre.get() != CentreView.EDITOR) {
            beforeEditing = centre.get() == CentreView.BOARD ? CentreView.READER : centre.get();
        }
        editing.set(null); // a second Ctrl+E on the same note still reaches the editor
        editing.set(path);
        centre.set(CentreView.EDITOR);
    }

    /** The editor closed: back where the user was, showing the note as saved. */
    public void closeEditor(String path) {
        editing.set(null);
        centre.set(beforeEditing);
        if (path != null) {
            open(path);
        }
    }

    /** Shows the section's view again (a click on the section that is already chosen). */
    public void showSection(Section s) {
        section.set(s);
        centre.set(CentreView.of(s));
    }

    /** Shows the task board (Ctrl+T, or the Tasks section). */
    public void showBoard() {
        showSection(Section.TASKS);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Settings settings() {
        return settings;
    }
}
