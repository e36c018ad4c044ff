package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;

/** A name the quick switcher finds a note by, with its case-folded form. */
record SwitcherName(IndexedNote note, String text, String folded, boolean alias) {
    SwitcherName(IndexedNote note, String text, boolean alias) {
        this(note, text, CaseFolding.fold(text), alias);
    }
}
