package io.vaultdesk.vault;

/**
 * A task as the index knows it: where it was, what it said, and the note's {@link ContentHash} when it was read.
 *
 * @param line        1-based line number when indexed
 * @param description the parsed description ({@link TaskLine#description()})
 */
public record TaskRef(int line, String description, long indexedHash) {
}
