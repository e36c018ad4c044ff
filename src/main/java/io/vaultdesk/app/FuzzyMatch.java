package io.vaultdesk.app;

/** A fuzzy match: higher scores are better; positions are the matched characters, for highlighting. */
public record FuzzyMatch(int score, int[] positions) {
}
