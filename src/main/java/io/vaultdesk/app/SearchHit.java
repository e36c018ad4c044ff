package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import java.util.List;

/** A note that matched a full-text search, with up to a few snippets around the matches. */
public record SearchHit(IndexedNote note, int occurrences, List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }

    /** A stretch of the note's text on one line; {@code highlights} are [start, end) ranges within it. */
    public record Snippet(String text, List<Range> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }
    }

    public record Range(int start, int end) {
    }
}
