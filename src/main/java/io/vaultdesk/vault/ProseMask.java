package io.vaultdesk.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's lines as the prose in which a plain mention of a note can be found: frontmatter, code blocks, inline
 * code, HTML comments, links of either kind, URLs and tags are blanked to spaces. Text there is either linked
 * already or not words a reader sees, and rewriting it into a link would break it. Positions within a line stay
 * where they are in the (repaired) line, so a match found here addresses the line itself.
 */
public final class ProseMask {
    private static final Pattern URL = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s<>]*|\\bmailto:[^\\s<>]*");
    /** A tag starts after a blank or at the line start (a '#' inside a word or URL is not one). */
    private static final Pattern TAG = Pattern.compile("(?<!\\S)#[^\\s#]+");

    private ProseMask() {
    }

    /** One entry per line: the line with what is not prose blanked, or "" when the whole line is hidden. */
    public static List<String> of(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int body = FrontmatterParser.closingFence(lines) + 1; // 0 when the note has no frontmatter
        MarkdownMask mask = new MarkdownMask();
        for (int i = 0; i < lines.size(); i++) {
            String visible = i < body ? null : mask.mask(lines.get(i));
            out.add(visible == null ? "" : blankLinks(visible));
        }
        return out;
    }

    static String blankLinks(String line) {
        if (line.indexOf('[') < 0 && line.indexOf(':') < 0 && line.indexOf('#') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        blankWikiLinks(out);
        blankMarkdownLinks(out);
        blank(out, URL);
        blank(out, TAG);
        return out.toString();
    }

    /** From the first "[[" to its "]]": for "[[a [[b]]" the whole of it, so no half-link is rewritten. */
    private static void blankWikiLinks(StringBuilder line) {
        int open = line.indexOf("[[");
        while (open >= 0) {
            int close = line.indexOf("]]", open + 2);
            if (close < 0) {
                return;
            }
            fill(line, open > 0 && line.charAt(open - 1) == '!' ? open - 1 : open, close + 2);
            open = line.indexOf("[[", close + 2);
        }
    }

    /** Any "[text](destination)", web links included: the text is the link's, not a mention. */
    private static void blankMarkdownLinks(StringBuilder line) {
        for (int mid = line.indexOf("]("); mid >= 0; mid = line.indexOf("](", mid + 2)) {
            int textStart = line.lastIndexOf("[", mid);
            int end = destinationEnd(line, mid + 2);
            if (textStart >= 0 && end >= 0) {
                fill(line, textStart > 0 && line.charAt(textStart - 1) == '!' ? textStart - 1 : textStart, end + 1);
                mid = end - 1;
            }
        }
    }

    private static int destinationEnd(StringBuilder line, int from) {
        int depth = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void blank(StringBuilder line, Pattern pattern) {
        Matcher m = pattern.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        spans.forEach(s -> fill(line, s[0], s[1]));
    }

    private static void fill(StringBuilder line, int from, int to) {
        for (int k = from; k < to; k++) {
            line.setCharAt(k, ' ');
        }
    }
}
