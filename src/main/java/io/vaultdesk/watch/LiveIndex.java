package io.vaultdesk.watch;

import io.vaultdesk.index.FileChange;
import io.vaultdesk.index.IndexException;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.index.VaultIndexer;
import java.io.IOException;
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
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vaultdesk-index-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<IndexListener> listeners = new CopyOnWriteArrayList<>();

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
     * Runs a read of the index on the writer's thread, between two updates, so it never sees half an update.
     */
    public <T> CompletableFuture<T> read(java.util.concurrent.Callable<T> query) {
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
        return CompletableFuture.supplyAsync(() -> apply(firstSeen, rescan, queuedAt), writer);
    }

    private SyncStats apply(Map<String, Long> firstSeen, boolean rescan, long queuedAt) {
        SyncStats stats;
        try {
            stats = rescan ? indexer.sync(IndexProgress.NONE) : indexer.syncPaths(firstSeen.keySet());
        } catch (IOException | IndexException | RuntimeException e) {
            LOG.log(Level.WARNING, "index update failed; rescanning the vault", e);
            try {
                stats = indexer.sync(IndexProgress.NONE);
            } catch (IOException | IndexException | RuntimeException again) {
                listeners.forEach(l -> l.indexFailed(again));
                throw new IllegalStateException("the index cannot follow the vault: " + again.getMessage(), again);
            }
        }
        notify(stats.changes(), firstSeen, queuedAt);
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

    /** Finishes the update under way, then stops. */
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
