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
    private VaultWatch watch;

    private VaultSession(Path root, IndexDatabase db, CompletableFuture<List<VaultFile>> openingScan) {
        this.root = root;
        this.db = db;
        this.indexer = new VaultIndexer(db);
        this.openingScan = openingScan;
    }

    /** @param indexDir where the index lives; {@link IndexLocation} picks the per-user place when not given */
    public static VaultSession open(Path vault, Path indexDir) throws VaultException {
        Path root = vault.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new VaultException("not a folder: " + vault);
        }
        if (!Files.isReadable(root)) {
            throw new VaultException("cannot read the folder: " + vault);
        }
        CompletableFuture<List<VaultFile>> scan = CompletableFuture.supplyAsync(() -> {
            try {
                return new VaultScanner().scan(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return new VaultSession(root, IndexDatabase.open(indexDir, root), scan);
        } catch (IOException | IndexException e) {
            scan.cancel(true);
            throw new VaultException(e.getMessage(), e);
        }
    }

    public static VaultSession open(Path vault) throws VaultException {
        return open(vault, IndexLocation.forVault(UserDirectories.forCurrentUser(), vault));
    }

    public Path root() {
        return root;
    }

    public SyncStats sync(IndexProgress progress) throws VaultException {
        if (watch != null) {
            return join(watch.index().rescan());
        }
        try {
            List<VaultFile> files = openingScan == null ? new VaultScanner().scan(root) : openingScan.join();
            openingScan = null;
            return indexer.sync(progress, files);
        } catch (IOException e) {
            throw new VaultException("cannot read the vault: " + e.getMessage(), e);
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new VaultException("cannot read the vault: " + cause.getMessage(), cause);
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    public VaultReport report() throws VaultException {
        if (watch != null) {
            return join(watch.index().read(() -> new ReportQuery(db).run()));
        }
        try {
            return new ReportQuery(db).run();
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    /** Runs a read of the index; while the vault is watched, between two updates on the index's writer thread. */
    public <T> T read(IndexRead<T> query) throws VaultException {
        if (watch != null) {
            return join(watch.index().read(() -> query.run(db)));
        }
        try {
            return query.run(db);
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    /** Re-reads these files into the index now: after the app itself wrote them, so views see it at once. */
    public SyncStats refresh(java.util.Collection<String> paths) throws VaultException {
        if (watch != null) {
            return join(watch.index().refresh(paths));
        }
        try {
            return indexer.syncPaths(java.util.Set.copyOf(paths));
        } catch (IOException e) {
            throw new VaultException("cannot read the vault: " + e.getMessage(), e);
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    /**
     * Starts following the vault: changes on disk reach the index within a moment and then the listener (on the
     * index writer's thread). Catches up first with what changed since the last sync. Stopped by {@link #close}.
     */
    public VaultWatch watch(IndexListener listener) throws VaultException {
        if (watch != null) {
            throw new IllegalStateException("already watching " + root);
        }
        openingScan = null;
        try {
            watch = VaultWatch.start(root, new LiveIndex(indexer), listener);
        } catch (IOException e) {
            throw new VaultException("cannot watch the vault: " + e.getMessage(), e);
        } catch (CompletionException e) {
            throw new VaultException("cannot bring the index up to date: " + e.getCause().getMessage(), e);
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

    @Override
    public void close() throws VaultException {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        try {
            db.close();
        } catch (IndexException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }
}
