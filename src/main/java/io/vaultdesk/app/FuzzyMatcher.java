package io.vaultdesk.app;

import java.util.Arrays;
import java.util.Optional;

/**
 * Scores how well a typed query matches a name, the way quick switchers do: the query's characters in order,
 * case-insensitive, rewarding runs, word starts and a whole-substring match. {@code "kme"} finds
 * "Kanchan Mehrotra"; {@code "acme q3"} finds "2026-10-02 - Acme Q3 review".
 */
public final class FuzzyMatcher {
    private static final int MATCH = 1;
    private static final int RUN = 6;
    private static final int WORD_START = 8;
    private static final int FIRST_CHAR = 12;
    private static final int SUBSTRING = 40;

    private FuzzyMatcher() {
    }

    /** The score and the matched positions, or empty when the query's characters do not all occur in order. */
    public static Optional<FuzzyMatch> match(String query, String text) {
        String q = query.strip();
        if (q.isEmpty()) {
            return Optional.of(new FuzzyMatch(0, new int[0]));
        }
        String lq = CaseFolding.fold(q);
        String lt = CaseFolding.fold(text);
        int substring = lt.indexOf(lq);
        if (substring >= 0) {
            int[] positions = new int[lq.length()];
            Arrays.setAll(positions, i -> substring + i);
            int score = SUBSTRING + lq.length() * (MATCH + RUN) + (isWordStart(text, substring) ? WORD_START : 0)
                    + (substring == 0 ? FIRST_CHAR : 0) - text.length() / 8;
            return Optional.of(new FuzzyMatch(score, positions));
        }
        int[] positions = new int[lq.length()];
        int score = 0;
        int ti = 0;
        for (int qi = 0; qi < lq.length(); qi++) {
            char c = lq.charAt(qi);
            if (c == ' ') {
                positions[qi] = -1; // a space separates words in the query; it need not match one in the text
                continue;
            }
            int found = nextWordStart(text, lt, c, ti);
            boolean continues = qi > 0 && positions[qi - 1] >= 0 && lt.indexOf(c, ti) == ti;
            if (continues || found < 0) {
                found = lt.indexOf(c, ti);
            }
            if (found < 0) {
                return Optional.empty();
            }
            positions[qi] = found;
            score += MATCH;
            if (qi > 0 && positions[qi - 1] == found - 1) {
                score += RUN;
            }
            if (isWordStart(text, found)) {
                score += WORD_START;
            }
            if (found == 0) {
                score += FIRST_CHAR;
            }
            ti = found + 1;
        }
        score -= text.length() / 8;
        return Optional.of(new FuzzyMatch(score, Arrays.stream(positions).filter(p -> p >= 0).toArray()));
    }

    private static int nextWordStart(String text, String lower, char c, int from) {
        for (int i = lower.indexOf(c, from); i >= 0; i = lower.indexOf(c, i + 1)) {
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
