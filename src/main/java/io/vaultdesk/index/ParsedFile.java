package io.vaultdesk.index;

import io.vaultdesk.vault.VaultFile;

/**
 * A file ready to be written to the index: parsed (when it is a note), its links resolved to ids, its rows built.
 *
 * @param readAt when its bytes were read: a later change within the same clock tick is caught by the hash
 */
record ParsedFile(int id, VaultFile file, long hash, long readAt, NoteRows rows) {
}
