package io.vaultdesk.index;

/**
 * What one sync of the index with the vault did.
 *
 * @param parsed    notes read and parsed (new or changed)
 * @param removed   files gone from the vault
 * @param touched   files whose time changed but whose bytes did not (no parse)
 * @param unchanged files skipped by size and time alone
 */
public record SyncStats(boolean fullBuild, int files, int parsed, int removed, int touched, int unchanged,
                        long millis) {
}
