package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;

/**
 * A quick-switcher result: the note, the text that matched (its title, file name or an alias) and where.
 *
 * @param alias true when {@code matched} is one of the note's aliases rather than its own name
 */
public record SwitcherHit(IndexedNote note, String matched, boolean alias, FuzzyMatch match) {
}
