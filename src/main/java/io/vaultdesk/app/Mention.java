package io.vaultdesk.app;

/** A line of a note that mentions another: its 1-based number and its text. */
public record Mention(int line, String text) {
}
