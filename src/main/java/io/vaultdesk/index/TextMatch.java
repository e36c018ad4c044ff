package io.vaultdesk.index;

/** A note whose text matched a search, with that text (after the frontmatter) for snippets. */
public record TextMatch(int noteId, String body) {
}
