package io.vaultdesk.watch;

import io.vaultdesk.index.FileChange;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.index.VaultIndexer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of a vault's index while it is open: every update, from the watcher or from the app's own
 * writes, runs on its single thread, in order. A failed update is followed by a full rescan, never by a silent gap.
 */
public final class LiveIndex implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

    private final VaultIndexer indexer;
    private volatile Thread writerThread;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vaultdesk-index-writer");
        t.setDaemon(true);
        writerThread = t;
        return t;
    });
    private final List<IndexListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean recovered;

    public LiveIndex(VaultIndexer indexer) {
        this.indexer = indexer;
    }

    public void addListener(IndexListener listener) {
        listeners.add(listener);
    }

    public void removeListener(IndexListener listener) {
        listeners.remove(listener);
    }

    /** Re-reads these paths now, e.g. after the app wrote one; the watcher's later event for it is a no-op. */
    public CompletableFuture<SyncStats> refresh(Collection<String> paths) {
        long now = System.nanoTime();
        Map<String, Long> seen = new java.util.HashMap<>();
        paths.forEach(p -> seen.put(p, now));
        return submit(seen, false);
    }

    /** Compares the whole vault with the index by size and time, as on open. */
    public CompletableFuture<SyncStats> rescan() {
        return submit(Map.of(), true);
    }

    /**
     * Whether an update has failed and been redone by a rescan. What the failed attempt committed before it broke
     * is then counted by neither attempt's figures, so a caller cannot take "nothing changed" from them.
     */
    boolean hasRecovered() {
        return recovered;
    }

    /** A rescan whose changes are not announced: catching up on open, before anyone is shown a live view. */
    CompletableFuture<SyncStats> catchUp() {
        long queuedAt = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> apply(Map.of(), true, queuedAt, false), writer);
    }

    /**
     * Runs a read of the index on the writer's thread, between two updates, so it never sees half an update.
     */
    public <T> CompletableFuture<T> read(java.util.concurrent.Callable<T> query) {
        if (Thread.currentThread() == writerThread) {
            // A listener reading the index: it already runs between two updates, and queueing would deadlock.
            try {
                return CompletableFuture.completedFuture(query.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return query.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, writer);
    }

    CompletableFuture<SyncStats> submit(Map<String, Long> firstSeen, boolean rescan) {
        long queuedAt = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> apply(firstSeen, rescan, queuedAt, true), writer);
    }

    /** Tells the listeners that the index stopped following the vault (e.g. the watcher itself failed). */
    void fail(Exception e) {
        listeners.forEach(l -> l.indexFailed(e));
    }

    private SyncStats apply(Map<String, Long> firstSeen, boolean rescan, long queuedAt, boolean announce) {
        SyncStats stats;
        try {
            stats = rescan ? indexer.sync(IndexProgress.NONE) : indexer.syncPaths(firstSeen.keySet());
        } catch (Exception | Error e) { // whatever broke, the index must not silently stop following the vault
            LOG.log(Level.WARNING, "index update failed; rescanning the vault", e);
            recovered = true;
            try {
                stats = indexer.sync(IndexProgress.NONE);
            } catch (Exception | Error again) {
                Exception reported = again instanceof Exception ex ? ex : new IllegalStateException(again);
                fail(reported);
                throw new IllegalStateException("the index cannot follow the vault: " + again.getMessage(), again);
            }
        }
        if (announce) {
            notify(stats.changes(), firstSeen, queuedAt);
        }
        return stats;
    }

    private void notify(List<FileChange> changes, Map<String, Long> firstSeen, long queuedAt) {
        if (changes.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        List<AppliedChange> applied = new ArrayList<>(changes.size());
        for (FileChange c : changes) {
            long since = firstSeen.getOrDefault(c.path(), queuedAt);
            applied.add(new AppliedChange(c, (now - since) / 1_000_000));
        }
        for (IndexListener l : listeners) {
            try {
                l.indexChanged(List.copyOf(applied));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an index listener failed", e);
            }
        }
    }

    /** Finishes the updates already queued, then stops (waiting at most 30 s). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
