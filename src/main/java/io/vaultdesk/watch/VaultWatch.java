package io.vaultdesk.watch;

import io.vaultdesk.index.SyncStats;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A vault being watched: the watcher feeds the batcher, which feeds the live index. Started after the watches
 * are registered, the first rescan catches up with whatever changed while the vault was closed, so no change
 * falls between the two.
 */
public final class VaultWatch implements AutoCloseable {
    private final LiveIndex index;
    private final ChangeBatcher batcher;
    private final VaultWatcher watcher;
    private final SyncStats catchUp;

    private VaultWatch(LiveIndex index, ChangeBatcher batcher, VaultWatcher watcher, SyncStats catchUp) {
        this.index = index;
        this.batcher = batcher;
        this.watcher = watcher;
        this.catchUp = catchUp;
    }

    /**
     * @param listener told of every change after the catch-up; registered before the watcher starts, so no batch
     *                 applied in between goes unannounced
     */
    public static VaultWatch start(Path root, LiveIndex index, IndexListener listener) throws IOException {
        index.addListener(listener);
        ChangeBatcher batcher = new ChangeBatcher(index::submit);
        VaultWatcher watcher;
        try {
            watcher = VaultWatcher.start(root, batcher, index::fail);
        } catch (IOException | RuntimeException e) {
            batcher.close();
            index.close();
            throw e;
        }
        try {
            return new VaultWatch(index, batcher, watcher, index.catchUp().join());
        } catch (RuntimeException e) {
            watcher.close();
            batcher.close();
            index.close();
            throw e;
        }
    }

    /** What the first rescan found changed since the index was last up to date. */
    public SyncStats catchUp() {
        return catchUp;
    }

    /** The first rescan found the index up to date, and nothing failed on the way. */
    public boolean caughtUpWithoutChanges() {
        return !index.hasRecovered() && catchUp.parsed() + catchUp.removed() + catchUp.touched() == 0;
    }

    public LiveIndex index() {
        return index;
    }

    @Override
    public void close() {
        watcher.close();
        batcher.close();
        index.close();
    }
}
