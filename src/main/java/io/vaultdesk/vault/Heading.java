package io.vaultdesk.vault;

/** An ATX heading ({@code ## Action Items}) at a 1-based line. */
public record Heading(int line, int level, String text) {
}
