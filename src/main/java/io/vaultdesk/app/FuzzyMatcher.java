package io.vaultdesk.app;

import java.util.Arrays;
import java.util.Optional;

/**
 * Scores how well a typed query matches a name, the way quick switchers do: the query's characters in order,
 * case-insensitive, rewarding runs, word starts and a whole-substring match. {@code "kme"} finds
 * "Kanchan Mehrotra"; {@code "acme q3"} finds "2026-10-02 - Acme Q3 review".
 */
public final class FuzzyMatcher {
    /** What {@link #score} returns for a name the query does not match. */
    public static final int NO_MATCH = Integer.MIN_VALUE;
    private static final int MATCH = 1;
    private static final int RUN = 6;
    private static final int WORD_START = 8;
    private static final int FIRST_CHAR = 12;
    private static final int SUBSTRING = 40;

    private FuzzyMatcher() {
    }

    /** The score and the matched positions, or empty when the query's characters do not all occur in order. */
    public static Optional<FuzzyMatch> match(String query, String text) {
        String q = CaseFolding.fold(query.strip());
        int[] positions = new int[q.length()];
        int score = run(q, text, CaseFolding.fold(text), positions);
        if (score == NO_MATCH) {
            return Optional.empty();
        }
        return Optional.of(new FuzzyMatch(score, Arrays.stream(positions).filter(p -> p >= 0).toArray()));
    }

    /**
     * The score alone, allocating nothing: what a switcher runs over every name of a vault on each keystroke.
     *
     * @param foldedQuery the stripped query, folded with {@link CaseFolding#fold}
     * @param foldedText  {@code text} folded the same way, once, ahead of time
     */
    static int score(String foldedQuery, String text, String foldedText) {
        return run(foldedQuery, text, foldedText, null);
    }

    private static int run(String lq, String text, String lt, int[] positions) {
        if (lq.isEmpty()) {
            return 0;
        }
        int substring = lt.indexOf(lq);
        if (substring >= 0) {
            if (positions != null) {
                Arrays.setAll(positions, i -> substring + i);
            }
            return SUBSTRING + lq.length() * (MATCH + RUN) + (isWordStart(text, substring) ? WORD_START : 0)
                    + (substring == 0 ? FIRST_CHAR : 0) - text.length() / 8;
        }
        int score = 0;
        int ti = 0;
        int previous = -1;
        for (int qi = 0; qi < lq.length(); qi++) {
            char c = lq.charAt(qi);
            if (c == ' ') {
                // a space separates words in the query; it need not match one in the text
                if (positions != null) {
                    positions[qi] = -1;
                }
                previous = -1;
                continue;
            }
            int found = lt.indexOf(c, ti);
            if (found < 0) {
                return NO_MATCH;
            }
            // Prefer the next word start holding the character, unless the character simply continues a run.
            if (!(previous >= 0 && found == previous + 1)) {
                int start = nextWordStart(text, lt, c, found);
                found = start >= 0 ? start : found;
            }
            if (positions != null) {
                positions[qi] = found;
            }
            score += MATCH;
            if (previous >= 0 && previous == found - 1) {
                score += RUN;
            }
            if (isWordStart(text, found)) {
                score += WORD_START;
            }
            if (found == 0) {
                score += FIRST_CHAR;
            }
            previous = found;
            ti = found + 1;
        }
        return score - text.length() / 8;
    }

    private static int nextWordStart(String text, String lower, char c, int from) {
        for (int i = from; i >= 0; i = lower.indexOf(c, i + 1)) {
            if (isWordStart(text, i)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isWordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(before) || (Character.isLowerCase(before) && Character.isUpperCase(c));
    }
}
