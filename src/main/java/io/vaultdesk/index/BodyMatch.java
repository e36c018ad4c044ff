package io.vaultdesk.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a note's UTF-8 text contains every term, as {@code text.toLowerCase(Locale.ROOT).contains(term)} would
 * say, mostly without decoding it. An ASCII term is looked for in the bytes, folding A-Z: a character of two or
 * more bytes never matches ASCII bytes, and only two such characters lower-case to ASCII letters (KELVIN SIGN to
 * "k", capital I with dot above to "i" and a combining dot); a text holding either is decoded. A non-ASCII term
 * ("café") is first looked for by its longest ASCII run ("caf"); only a text that has it is decoded.
 */
final class BodyMatch {
    private final List<String> lowerTerms = new ArrayList<>();
    /** Per term, its longest ASCII run (the whole term when it is ASCII): a text without it cannot match. */
    private final List<byte[]> probes = new ArrayList<>();
    private final boolean allAscii;

    BodyMatch(List<String> terms) {
        boolean ascii = true;
        for (String t : terms) {
            String lower = t.toLowerCase(Locale.ROOT);
            lowerTerms.add(lower);
            ascii &= isAscii(lower);
            probes.add(longestAsciiRun(lower).getBytes(StandardCharsets.US_ASCII));
        }
        this.allAscii = ascii;
    }

    boolean test(byte[] body) {
        if (!hasCharLoweringToAscii(body)) {
            for (byte[] probe : probes) {
                if (!containsFoldingAscii(body, probe)) {
                    return false;
                }
            }
            if (allAscii) {
                return true;
            }
        }
        String lower = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String term : lowerTerms) {
            if (!lower.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static String longestAsciiRun(String s) {
        int best = 0;
        int bestStart = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) >= 0x80) {
                if (i - start > best) {
                    best = i - start;
                    bestStart = start;
                }
                start = i + 1;
            }
        }
        return s.substring(bestStart, bestStart + best);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** U+212A (E2 84 AA) or U+0130 (C4 B0). */
    private static boolean hasCharLoweringToAscii(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == (byte) 0xC4 && b[i + 1] == (byte) 0xB0
                    || b[i] == (byte) 0xE2 && b[i + 1] == (byte) 0x84 && i + 2 < b.length && b[i + 2] == (byte) 0xAA) {
                return true;
            }
        }
        return false;
    }

    /** @param term lower-case ASCII */
    static boolean containsFoldingAscii(byte[] text, byte[] term) {
        if (term.length == 0) {
            return true;
        }
        byte first = term[0];
        int last = text.length - term.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (fold(text[i]) != first) {
                continue;
            }
            for (int k = 1; k < term.length; k++) {
                if (fold(text[i + k]) != term[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte fold(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
