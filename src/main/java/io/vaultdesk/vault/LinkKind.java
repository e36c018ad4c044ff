package io.vaultdesk.vault;

/**
 * How a link was written. The index stores a kind by its position here (PackedLinks): a change of order is a change
 * of the index's schema version, and PackedLinksTest holds the order.
 */
public enum LinkKind {
    /** {@code [[Target]]} */
    WIKI,
    /** {@code ![[Target]]} */
    EMBED,
    /** {@code [text](path/to/Note.md)} */
    MARKDOWN,
    /** a {@code "[[Target]]"} value in the frontmatter */
    FRONTMATTER
}
