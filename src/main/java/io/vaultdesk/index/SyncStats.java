package io.vaultdesk.index;

import java.util.List;

/**
 * What one sync of the index with the vault did.
 *
 * @param parsed    files read and written to the index (new or changed)
 * @param removed   files gone from the vault
 * @param touched   files whose time changed but whose bytes did not (no parse)
 * @param unchanged files skipped by size and time alone
 * @param changes   each file whose content in the index changed, in the order applied
 */
public record SyncStats(boolean fullBuild, int files, int parsed, int removed, int touched, int unchanged,
                        long millis, List<FileChange> changes) {
    public SyncStats {
        changes = List.copyOf(changes);
    }
}
