package io.vaultdesk.vault;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** Finds wiki-links, embeds and Markdown links to local notes in one line of (already masked) text. */
final class LinkExtractor {
    private LinkExtractor() {
    }

    static void collect(String line, int lineNumber, List<Link> into, boolean frontmatter) {
        collectWikiLinks(line, lineNumber, into, frontmatter);
        if (!frontmatter && line.indexOf("](") >= 0) {
            collectMarkdownLinks(line, lineNumber, into);
        }
    }

    private static void collectWikiLinks(String line, int lineNumber, List<Link> into, boolean frontmatter) {
        int open = line.indexOf("[[");
        while (open >= 0) {
            int close = line.indexOf("]]", open + 2);
            if (close < 0) {
                return;
            }
            int nested = line.lastIndexOf("[[", close);
            if (nested > open) {
                open = nested; // "[[a [[b]]": only the inner one is a link
            }
            LinkKind kind = frontmatter ? LinkKind.FRONTMATTER
                    : open > 0 && line.charAt(open - 1) == '!' ? LinkKind.EMBED : LinkKind.WIKI;
            into.add(wikiLink(line.substring(open + 2, close), lineNumber, kind));
            open = line.indexOf("[[", close + 2);
        }
    }

    static Link wikiLink(String inner, int lineNumber, LinkKind kind) {
        String display = "";
        int pipe = inner.indexOf('|');
        if (pipe >= 0) {
            display = inner.substring(pipe + 1).strip();
            inner = inner.substring(0, pipe);
            if (inner.endsWith("\\")) {
                inner = inner.substring(0, inner.length() - 1); // "\|" escapes the pipe inside tables
            }
        }
        String subpath = "";
        int hash = inner.indexOf('#');
        if (hash >= 0) {
            subpath = inner.substring(hash + 1).strip();
            inner = inner.substring(0, hash);
        }
        return new Link(lineNumber, kind, inner.strip(), subpath, display);
    }

    private static void collectMarkdownLinks(String line, int lineNumber, List<Link> into) {
        for (int mid = line.indexOf("]("); mid >= 0; mid = line.indexOf("](", mid + 2)) {
            int textStart = line.lastIndexOf('[', mid);
            if (textStart < 0 || (textStart > 0 && line.charAt(textStart - 1) == '[')) {
                continue;
            }
            int destEnd = destinationEnd(line, mid + 2);
            if (destEnd < 0) {
                continue;
            }
            String dest = destination(line.substring(mid + 2, destEnd));
            String fragment = "";
            int hash = dest.indexOf('#');
            if (hash >= 0) {
                fragment = dest.substring(hash + 1);
                dest = dest.substring(0, hash);
            }
            if (isLocalNote(dest)) {
                into.add(new Link(lineNumber, LinkKind.MARKDOWN, percentDecode(dest), percentDecode(fragment),
                        line.substring(textStart + 1, mid)));
            }
        }
    }

    /** Bounded, so a line of thousands of "](" cannot make extraction quadratic. */
    private static final int MAX_DESTINATION = 2048;

    private static int destinationEnd(String line, int from) {
        int depth = 0;
        int end = Math.min(line.length(), from + MAX_DESTINATION);
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The destination without angle brackets or a title. */
    private static String destination(String raw) {
        String d = raw.strip();
        if (d.startsWith("<")) {
            int close = d.indexOf('>');
            return close > 0 ? d.substring(1, close) : d.substring(1);
        }
        int space = d.indexOf(' ');
        return space >= 0 ? d.substring(0, space) : d;
    }

    private static boolean isLocalNote(String dest) {
        return dest.regionMatches(true, dest.length() - 3, ".md", 0, 3) && !dest.contains("://")
                && !dest.regionMatches(true, 0, "mailto:", 0, 7);
    }

    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int hi = i + 2 < s.length() && cp == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                byte[] utf8 = Character.toString(cp).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
