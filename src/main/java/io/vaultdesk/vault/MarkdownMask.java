package io.vaultdesk.vault;

/**
 * Hides what is not prose from the line scanners: fenced code blocks, inline code spans and HTML comments.
 * Hidden characters become spaces, so positions within a line stay where they were. Feed lines in order.
 */
final class MarkdownMask {
    private char fenceChar;
    private int fenceLength;
    private boolean inComment;

    /** The line with its hidden parts blanked, or null when the whole line is inside a code block. */
    String mask(String line) {
        if (fenceLength > 0) {
            if (closesFence(line)) {
                fenceLength = 0;
            }
            return null;
        }
        if (!inComment && opensFence(line)) {
            return null;
        }
        if (line.indexOf('`') < 0 && line.indexOf('<') < 0 && !inComment) {
            return line; // the common case: nothing to hide
        }
        return blank(line);
    }

    private String blank(String line) {
        StringBuilder out = new StringBuilder(line);
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (inComment) {
                int end = line.indexOf("-->", i);
                int stop = end < 0 ? n : end + 3;
                fill(out, i, stop);
                inComment = end < 0;
                i = stop;
            } else if (line.startsWith("<!--", i)) {
                inComment = true;
            } else if (line.charAt(i) == '`') {
                i = skipCodeSpan(line, out, i);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** A span opened by N backticks closes at the next run of exactly N; unclosed, the backticks are literal. */
    private static int skipCodeSpan(String line, StringBuilder out, int start) {
        int run = runLength(line, start, '`');
        int search = start + run;
        while (search < line.length()) {
            int next = line.indexOf('`', search);
            if (next < 0) {
                break;
            }
            int closeRun = runLength(line, next, '`');
            if (closeRun == run) {
                fill(out, start, next + closeRun);
                return next + closeRun;
            }
            search = next + closeRun;
        }
        return start + run;
    }

    private boolean opensFence(String line) {
        int indent = indentOf(line);
        if (indent >= line.length()) {
            return false;
        }
        char c = line.charAt(indent);
        int run = (c == '`' || c == '~') ? runLength(line, indent, c) : 0;
        if (run < 3 || (c == '`' && line.indexOf('`', indent + run) >= 0)) {
            return false;
        }
        fenceChar = c;
        fenceLength = run;
        return true;
    }

    private boolean closesFence(String line) {
        int indent = indentOf(line);
        if (indent >= line.length() || line.charAt(indent) != fenceChar) {
            return false;
        }
        int run = runLength(line, indent, fenceChar);
        return run >= fenceLength && line.substring(indent + run).isBlank();
    }

    /**
     * Where a fence may start: after blockquote markers and indentation. Inside a quote or a list item a fence is
     * indented or prefixed, so the 0-3 spaces of a top-level fence are not required (an indented code block that
     * starts with backticks is rare, a fenced block in a list item is not).
     */
    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) {
            i++;
        }
        return i;
    }

    private static int runLength(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static void fill(StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            out.setCharAt(k, ' ');
        }
    }
}
