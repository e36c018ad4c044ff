package io.vaultdesk.index;

import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.VaultFile;
import java.util.List;
import java.util.Optional;

/**
 * A file ready to be written to the index: parsed (when it is a note) and with its links resolved to ids.
 *
 * @param readAt      when its bytes were read: a later change within the same clock tick is caught by the hash
 * @param linkTargets for each of the note's links in order, the id it resolves to, or null
 */
record ParsedFile(int id, VaultFile file, long hash, long readAt, Optional<ParsedNote> note,
                  List<Integer> linkTargets, boolean isPerson) {
}
