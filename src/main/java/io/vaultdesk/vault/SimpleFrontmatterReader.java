package io.vaultdesk.vault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the frontmatter almost every note has (top-level {@code key: value} lines, block lists of {@code - item}
 * and one-line {@code [a, b]} lists, of plain or simply quoted strings and dates) without SnakeYAML, which cost a
 * quarter of a full index's parsing (docs/decisions/0007-index-shape-for-h2.md). It declines anything else (comments,
 * anchors, block or multi-line scalars, escapes, nesting, numbers or booleans SnakeYAML would print differently,
 * duplicate keys), and then SnakeYAML
 * reads the block: a declined block is never an error. What it does read, it reads exactly as SnakeYAML would; a
 * differential test holds it to that. Plain scalars are typed by SnakeYAML's own resolver, so "yes", "0123" or
 * "1:30" are declined rather than guessed. Not thread-safe (the resolver): one per parser.
 */
final class SimpleFrontmatterReader {
    /** SnakeYAML is told to refuse more than 1,000,000 code points (FrontmatterParser): leave those to it. */
    private static final int MAX_CHARS = 500_000;

    /** SnakeYAML refuses a key of more than 1,024 characters. */
    private static final int MAX_KEY = 1_000;

    private final Resolver resolver = new Resolver();
    /** Keys repeat from note to note (type, date, tags...): their check is remembered. */
    private final Map<String, Boolean> plainKeys = new HashMap<>();

    /** The block's values, flattened as {@link Frontmatter} holds them; empty when the block is not simple. */
    Optional<Map<String, List<String>>> read(List<String> lines, int from, int to) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> list = null; // the block list being filled, after a key with no value on its line
        int itemIndent = -1;
        int chars = 0;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            chars += line.length() + 1;
            if (chars > MAX_CHARS || !isPlainText(line)) {
                return Optional.empty();
            }
            int indent = indentOf(line);
            if (indent == line.length()) {
                continue; // blank
            }
            if (line.charAt(indent) == '-' && (indent + 1 == line.length() || line.charAt(indent + 1) == ' ')) {
                if (list == null || (itemIndent >= 0 && indent != itemIndent)) {
                    return Optional.empty();
                }
                itemIndent = indent;
                String item = indent + 1 == line.length() ? "" : line.substring(indent + 2);
                Optional<String> value = scalar(trimSpaces(item), false);
                if (value == null) {
                    return Optional.empty();
                }
                value.ifPresent(list::add);
                continue;
            }
            if (indent != 0) {
                return Optional.empty();
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
                return Optional.empty();
            }
            String key = line.substring(0, colon);
            if (!isPlainKey(key) || values.containsKey(key)) {
                return Optional.empty();
            }
            String rest = trimSpaces(line.substring(colon + 1));
            List<String> out = new ArrayList<>();
            values.put(key, out);
            list = null;
            itemIndent = -1;
            if (rest.isEmpty()) {
                list = out; // null, or a block list on the next lines
            } else if (rest.charAt(0) == '[') {
                if (!flowList(rest, out)) {
                    return Optional.empty();
                }
            } else {
                Optional<String> value = scalar(rest, false);
                if (value == null) {
                    return Optional.empty();
                }
                value.ifPresent(out::add);
            }
        }
        return Optional.of(values);
    }

    /**
     * Printable for YAML, and no character SnakeYAML would take as a line break or tab (NEL, U+2028/9, a lone CR)
     * or as a byte-order mark.
     */
    private static boolean isPlainText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        return StreamReader.isPrintable(line);
    }

    /** YAML separates with spaces only: String.strip() would also take U+3000 and the like, which are text here. */
    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private boolean isPlainKey(String key) {
        Boolean known = plainKeys.get(key);
        if (known == null) {
            known = checkKey(key);
            if (plainKeys.size() > 1_000) {
                plainKeys.clear(); // a vault of ever-new keys: keep the memory bounded
            }
            plainKeys.put(key, known);
        }
        return known;
    }

    private boolean checkKey(String key) {
        if (key.length() > MAX_KEY) {
            return false;
        }
        char first = key.charAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != ' ' && c != '.') {
                return false;
            }
        }
        return !key.endsWith(" ") && resolver.resolve(NodeId.scalar, key, true).equals(Tag.STR);
    }

    /** "[a, b]": plain items without flow indicators, or simply quoted ones. */
    private boolean flowList(String text, List<String> out) {
        if (!text.endsWith("]")) {
            return false;
        }
        String inner = trimSpaces(text.substring(1, text.length() - 1));
        if (inner.isEmpty()) {
            return true;
        }
        for (String part : inner.split(",", -1)) {
            Optional<String> value = scalar(trimSpaces(part), true);
            if (value == null || value.isEmpty()) {
                return false;
            }
            out.add(value.get());
        }
        return true;
    }

    /**
     * A scalar's string, {@code Optional.empty()} for YAML's null, or null when it is not a simple scalar.
     *
     * @param inFlow inside {@code [...]}, where ",[]{}" end a plain scalar
     */
    private Optional<String> scalar(String text, boolean inFlow) {
        if (text.isEmpty()) {
            return inFlow ? null : Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '"') {
            return quoted(text, '"');
        }
        if (first == '\'') {
            return quoted(text, '\'');
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || text.contains(": ") || text.contains(" #")
                || text.endsWith(":")) {
            return null;
        }
        if (inFlow) {
            for (int i = 0; i < text.length(); i++) {
                if (",[]{}#:".indexOf(text.charAt(i)) >= 0) {
                    return null;
                }
            }
        }
        if (isDate(text)) {
            // SnakeYAML's timestamp, a Date at UTC midnight, which the flattening prints back as written; checked
            // before the resolver's regular expressions, as every meeting has one
            return Optional.of(text);
        }
        if (isPlainWord(first, text)) {
            return Optional.of(text);
        }
        Tag tag = resolver.resolve(NodeId.scalar, text, true);
        if (tag.equals(Tag.STR)) {
            return Optional.of(text);
        }
        if (tag.equals(Tag.NULL)) {
            return Optional.empty();
        }
        // Numbers and booleans that print back as written: "tier: 2", "done: false"; not "0123" (octal), "1_000",
        // "+5", "1.50" or "Yes", which SnakeYAML turns into something else.
        if (tag.equals(Tag.INT) && isPlainDecimal(text) || tag.equals(Tag.BOOL) && isLowerCaseBool(text)) {
            return Optional.of(text);
        }
        return null;
    }

    /**
     * A string to SnakeYAML's resolver without asking it: it keys its implicit types by the first character, and the
     * only ones a letter starts are booleans and null ("yes", "Off", "null": yYnNtTfFoO, five letters at most).
     * Most values are names, and the resolver's regular expressions showed in a build's profile.
     */
    private static boolean isPlainWord(char first, String text) {
        boolean letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        return letter && (text.length() > 5 || "yYnNtTfFoO".indexOf(first) < 0);
    }

    private static boolean isPlainDecimal(String text) {
        if (text.charAt(0) == '0') {
            return text.length() == 1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCaseBool(String text) {
        return text.equals("true") || text.equals("false");
    }

    /**
     * YYYY-MM-DD and a real day: SnakeYAML would roll "2025-02-30" over to March, so that is declined; and from 1583
     * on, since SnakeYAML's calendar is Julian before the Gregorian reform and would shift an older date by days.
     * Checked without a DateTimeFormatter, whose cost showed in a full build's profile.
     */
    private static boolean isDate(String text) {
        return TaskLineParser.parseDate(text).map(d -> d.getYear() >= 1583).orElse(false);
    }

    /** A quoted scalar on one line with nothing after it; double quotes without escapes, single with '' as '. */
    private static Optional<String> quoted(String text, char quote) {
        if (text.length() < 2 || text.charAt(text.length() - 1) != quote) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        if (quote == '"') {
            return inner.indexOf('"') >= 0 || inner.indexOf('\\') >= 0 ? null : Optional.of(inner);
        }
        // every quote inside must be doubled
        return inner.replace("''", "").indexOf('\'') >= 0 ? null : Optional.of(inner.replace("''", "'"));
    }
}
