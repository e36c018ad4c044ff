package io.vaultdesk.vault;

/** Why a note could not be read exactly as written. A damaged note is still indexed as far as it can be. */
public enum Damage {
    /** The file holds NUL bytes: it is not text, so nothing in it is parsed. */
    BINARY,
    /** Bytes that are not valid UTF-8; they were decoded as U+FFFD. */
    INVALID_UTF8,
    /** UTF-8 that was once decoded as Windows-1252/1254 and saved again; repaired in memory, never on disk. */
    MOJIBAKE,
    /** The frontmatter block is not valid YAML, or is not a mapping; the note has no properties. */
    INVALID_YAML
}
