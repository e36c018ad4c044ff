package io.vaultdesk.watch;

import java.util.List;

/**
 * Told when the index changed: which notes, so a view refreshes only what it shows. Called on the index writer's
 * thread, never the FX thread: a UI listener hands over with {@code Platform.runLater}. A listener that is done
 * (a closed view) removes itself, so it stops receiving updates.
 */
public interface IndexListener {
    void indexChanged(List<AppliedChange> changes);

    /** The index could not follow the vault, even after a full rescan. */
    default void indexFailed(Exception e) {
    }
}
