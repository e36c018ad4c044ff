package io.vaultdesk.vault;

/** How a link was written. */
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
