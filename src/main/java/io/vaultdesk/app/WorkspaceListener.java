package io.vaultdesk.app;

import java.util.Set;

/**
 * Told when the vault changed on disk and the index caught up: the new catalog and which paths changed.
 * Called on the index's writer thread; a UI listener hands over to its own thread.
 */
public interface WorkspaceListener {
    void vaultChanged(VaultCatalog catalog, Set<String> paths);

    /**
     * The notes a first build has read so far: more follow, then {@link #vaultChanged} with the whole vault. What
     * to open first is not yet known, since the latest meeting may not have been read.
     */
    default void vaultPartlyRead(VaultCatalog soFar) {
        vaultChanged(soFar, Set.of());
    }

    /** The index stopped following the vault; the message is for the user. */
    void vaultFailed(String message);
}
