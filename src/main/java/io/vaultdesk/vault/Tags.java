package io.vaultdesk.vault;

import java.util.List;

/** Obsidian's inline tag syntax: {@code #a/b-c_d} after whitespace or at the start, not only digits. */
public final class Tags {
    private Tags() {
    }

    static boolean isTagChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '/';
    }

    /** End index (exclusive) of a tag whose '#' is at {@code hash}, or -1 when no valid tag starts there. */
    public static int tagEnd(CharSequence text, int hash) {
        return tagEnd(text, hash, text.length());
    }

    /** As {@link #tagEnd(CharSequence, int)} for the text before {@code limit}. */
    static int tagEnd(CharSequence text, int hash, int limit) {
        if (hash > 0 && !Character.isWhitespace(text.charAt(hash - 1))) {
            return -1;
        }
        int i = hash + 1;
        boolean hasNonDigit = false;
        while (i < limit) {
            int cp = Character.codePointAt(text, i);
            if (!isTagChar(cp)) {
                break;
            }
            hasNonDigit |= !Character.isDigit(cp);
            i += Character.charCount(cp);
        }
        return i > hash + 1 && hasNonDigit ? i : -1;
    }

    /** Index of the first tag in the text at or after {@code from}, or -1. */
    static int indexOfTag(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '#' && tagEnd(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Adds every tag in the text (without '#') to {@code into}. */
    static void collect(CharSequence text, List<String> into) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '#') {
                int end = tagEnd(text, i);
                if (end > 0) {
                    into.add(text.subSequence(i + 1, end).toString());
                    i = end - 1;
                }
            }
        }
    }

    /** A tag as the frontmatter lists it: "#a", "a" or "a, b" in one string. */
    static String normalise(String raw) {
        String t = raw.strip();
        return t.startsWith("#") ? t.substring(1) : t;
    }
}
