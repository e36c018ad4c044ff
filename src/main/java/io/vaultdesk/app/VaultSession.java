package io.vaultdesk.app;

import io.vaultdesk.index.IndexDatabase;
import io.vaultdesk.index.IndexException;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.ReportQuery;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.index.VaultIndexer;
import io.vaultdesk.index.VaultReport;
import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.watch.IndexListener;
import io.vaultdesk.watch.LiveIndex;
import io.vaultdesk.watch.VaultWatch;
import io.vaultdesk.vault.VaultScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An open vault: its folder and its index. Opening checks the folder; {@link #sync} brings the index up to date
 * with the files. The use cases the UI and the CLI call go through here.
 */
public final class VaultSession implements AutoCloseable {
    private final Path root;
    private final IndexDatabase db;
    private final VaultIndexer indexer;
    /** The first scan runs while H2 opens: the two take about as long, and neither needs the other. */
    private CompletableFuture<List<VaultFile>> openingScan;
    /** Present while the vault is watched: then every index update and read goes through its writer thread. */
    private volatile VaultWatch watch;
    private final java.util.concurrent.locks.ReentrantLock directAccess = new java.util.concurrent.locks.ReentrantLock();
    private volatile boolean closed;

    private VaultSession(Path root, IndexDatabase db, CompletableFuture<List<VaultFile>> openingScan, int parsers) {
        this.root = root;
        this.db = db;
        this.indexer = new VaultIndexer(db, parsers);
        this.openingScan = openingScan;
    }

    /**
     * For a command, which has nothing else to do while the index is built: the vault is scanned while H2 opens,
     * and notes are parsed on every core. With C1 alone (as a command runs, decision 15), a second parsing thread
     * took `report` on a new vault of 100,000 notes on 2 cores from 9.3-11.1 s to 8.1-9.4 s (decision 7).
     *
     * @param indexDir where the index lives; {@link IndexLocation} picks the per-user place when not given
     */
    public static VaultSession open(Path vault, Path indexDir) throws VaultException {
        return open(vault, indexDir, true, Runtime.getRuntime().availableProcessors());
    }

    /**
     * For the window's session, which will be watched: the watch scans the vault itself once it is registered, so
     * a scan while opening would be thrown away (at launch, a second of CPU taken from the window being drawn); and
     * parsing leaves a core to the window.
     */
    public static VaultSession openForWindow(Path vault, Path indexDir) throws VaultException {
        return open(vault, indexDir, false, Runtime.getRuntime().availableProcessors() - 1);
    }

    private static VaultSession open(Path vault, Path indexDir, boolean scanWhileOpening, int parsers)
            throws VaultException {
        Path root = vault.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new VaultException("not a folder: " + vault);
        }
        if (!Files.isReadable(root)) {
            throw new VaultException("cannot read the folder: " + vault);
        }
        CompletableFuture<List<VaultFile>> scan = !scanWhileOpening ? null : CompletableFuture.supplyAsync(() -> {
            try {
                return new VaultScanner().scan(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return new VaultSession(root, IndexDatabase.open(indexDir, root), scan, parsers);
        } catch (IOException | IndexException e) {
            if (scan != null) {
                scan.cancel(true);
            }
            throw new VaultException(e.getMessage(), e);
        }
    }

    public static VaultSession open(Path vault) throws VaultException {
        return open(vault, defaultIndexDir(vault));
    }

    /** Where a vault's index lives when no folder is given: the per-user place ({@link IndexLocation}). */
    public static Path defaultIndexDir(Path vault) {
        return IndexLocation.forVault(UserDirectories.forCurrentUser(), vault);
    }

    public Path root() {
        return root;
    }

    /** The index was just created (first open, or rebuilt for a new schema): the first sync reads every file. */
    public boolean needsFullBuild() {
        return db.isEmpty();
    }

    public SyncStats sync(IndexProgress progress) throws VaultException {
        return access(() -> {
            try {
                List<VaultFile> files = openingScan == null ? new VaultScanner().scan(root) : openingScan.join();
                openingScan = null;
                return indexer.sync(progress, files);
            } catch (IOException e) {
                throw new VaultException("cannot read the vault: " + e.getMessage(), e);
            } catch (CompletionException e) {
                Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                throw new VaultException("cannot read the vault: " + cause.getMessage(), cause);
            }
        }, w -> w.index().rescan());
    }

    public VaultReport report() throws VaultException {
        return read(db -> new ReportQuery(db).run());
    }

    /** Runs a read of the index; while the vault is watched, between two updates on the index's writer thread. */
    public <T> T read(IndexRead<T> query) throws VaultException {
        return access(() -> query.run(db), w -> w.index().read(() -> query.run(db)));
    }

    /** Re-reads these files into the index now: after the app itself wrote them, so views see it at once. */
    public SyncStats refresh(java.util.Collection<String> paths) throws VaultException {
        return access(() -> {
            try {
                return indexer.syncPaths(java.util.Set.copyOf(paths));
            } catch (IOException e) {
                throw new VaultException("cannot read the vault: " + e.getMessage(), e);
            }
        }, w -> w.index().refresh(paths));
    }

    /**
     * Every use of the index goes one way or the other: while the vault is watched, through its writer thread;
     * before that (the first sync of a session, a CLI report), here, one caller at a time. So a read or an app's
     * own write during the first build waits for it, rather than running in the middle of it on the same
     * connection.
     */
    private <T> T access(DirectCall<T> direct, java.util.function.Function<VaultWatch, CompletableFuture<T>> watched)
            throws VaultException {
        VaultWatch w = watch;
        if (w == null) {
            directAccess.lock();
            try {
                if (closed) {
                    throw new VaultException("the vault " + root + " is closed");
                }
                w = watch;
                if (w == null) {
                    return direct.run();
                }
            } catch (IndexException e) {
                throw new VaultException(e.getMessage(), e);
            } finally {
                directAccess.unlock();
            }
        }
        return join(watched.apply(w));
    }

    @FunctionalInterface
    private interface DirectCall<T> {
        T run() throws VaultException, IndexException;
    }

    /**
     * Starts following the vault: changes on disk reach the index within a moment and then the listener (on the
     * index writer's thread). Catches up first with what changed since the last sync. Stopped by {@link #close}.
     */
    public VaultWatch watch(IndexListener listener) throws VaultException {
        directAccess.lock();
        try {
            if (closed) {
                throw new VaultException("the vault " + root + " is closed");
            }
            if (watch != null) {
                throw new IllegalStateException("already watching " + root);
            }
            openingScan = null;
            watch = VaultWatch.start(root, new LiveIndex(indexer), listener);
        } catch (IOException e) {
            throw new VaultException("cannot watch the vault: " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw new VaultException("cannot bring the index up to date: " + e.getCause().getMessage(), e);
        } finally {
            directAccess.unlock();
        }
        return watch;
    }

    private static <T> T join(CompletableFuture<T> future) throws VaultException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new VaultException(cause.getMessage(), cause);
        }
    }

    /** Waits for a direct sync under way (a first build) to end, then stops watching and closes the index. */
    @Override
    public void close() throws VaultException {
        directAccess.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (watch != null) {
                watch.close();
                watch = null;
            }
            db.close();
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        } finally {
            directAccess.unlock();
        }
    }
}
