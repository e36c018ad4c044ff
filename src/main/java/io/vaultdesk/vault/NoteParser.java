package io.vaultdesk.vault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bytes of one note to a {@link ParsedNote}, in one pass over its lines. Deliberately not a Markdown AST:
 * the index needs tasks, links, tags and headings, and a line scanner finds them many times faster.
 * Not thread-safe (it holds a YAML reader): use one per thread.
 */
public final class NoteParser {
    private final TextDecoder decoder = new TextDecoder();
    private final FrontmatterParser frontmatterParser = new FrontmatterParser();
    private final TaskLineParser taskParser = new TaskLineParser();

    public ParsedNote parse(String path, byte[] bytes) {
        return parse(path, decoder.decodeLines(bytes));
    }

    /** Text the caller already decoded (the reader has it in hand): tasks and headings exactly as the index sees them. */
    public ParsedNote parse(String path, DecodedText decoded) {
        return parse(path, DecodedLines.of(decoded));
    }

    /** Lines the caller already decoded ({@link TextDecoder#decodeLines}): what a build reads. */
    public ParsedNote parse(String path, DecodedLines decoded) {
        Set<Damage> damage = EnumSet.noneOf(Damage.class);
        damage.addAll(decoded.damage());
        List<String> warnings = new ArrayList<>();
        decoded.damage().forEach(d -> warnings.add(describe(d)));
        if (damage.contains(Damage.BINARY)) {
            return new ParsedNote(path, damage, warnings, Frontmatter.NONE, NoteProperties.NONE, List.of(),
                    List.of(), List.of(), List.of());
        }
        List<String> lines = decoded.lines();
        Frontmatter frontmatter = frontmatterParser.parse(lines);
        frontmatter.problem().ifPresent(p -> {
            damage.add(Damage.INVALID_YAML);
            warnings.add(p);
        });
        Body body = scanBody(lines, frontmatter.endLine());
        List<Link> links = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        if (frontmatter.isValid()) {
            for (int i = 1; i < frontmatter.endLine() - 1; i++) {
                LinkExtractor.collect(lines.get(i), i + 1, links, true);
            }
            frontmatter.get("tags").forEach(t -> splitTagList(t, tags));
            frontmatter.get("tag").forEach(t -> splitTagList(t, tags));
        }
        links.addAll(body.links);
        tags.addAll(body.tags);
        return new ParsedNote(path, damage, warnings, frontmatter, NoteProperties.of(frontmatter), body.headings,
                body.tasks, links, List.copyOf(tags));
    }

    private Body scanBody(List<String> lines, int firstBodyLine) {
        Body body = new Body();
        MarkdownMask mask = new MarkdownMask();
        String heading = "";
        for (int i = firstBodyLine; i < lines.size(); i++) {
            String line = lines.get(i);
            String visible = mask.mask(line);
            if (visible == null) {
                continue;
            }
            int lineNumber = i + 1;
            Optional<Heading> h = heading(visible, lineNumber);
            if (h.isPresent()) {
                body.headings.add(h.get());
                heading = h.get().text();
            } else if (TaskLineParser.checkboxEnd(visible) >= 0) {
                String headingAbove = heading;
                taskParser.parse(visible, line, lineNumber).ifPresent(t -> body.tasks.add(t.withHeading(headingAbove)));
            }
            if (visible.indexOf('[') >= 0) {
                LinkExtractor.collect(visible, lineNumber, body.links, false);
            }
            if (visible.indexOf('#') >= 0) {
                List<String> found = new ArrayList<>();
                Tags.collect(visible, found);
                body.tags.addAll(found);
            }
        }
        return body;
    }

    static Optional<Heading> heading(String line, int lineNumber) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        int level = 0;
        while (indent + level < line.length() && line.charAt(indent + level) == '#') {
            level++;
        }
        int after = indent + level;
        if (indent > 3 || level == 0 || level > 6
                || (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '\t')) {
            return Optional.empty();
        }
        String text = line.substring(after).strip();
        // A closing sequence of '#' is not part of the text.
        int closing = text.length();
        while (closing > 0 && text.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing < text.length() && (closing == 0 || text.charAt(closing - 1) == ' ')) {
            text = text.substring(0, closing).strip();
        }
        return Optional.of(new Heading(lineNumber, level, text));
    }

    /** Frontmatter tags: a list, or one string of tags separated by commas or spaces; '#' optional. */
    private static void splitTagList(String value, Set<String> into) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && isTagSeparator(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isTagSeparator(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                String tag = Tags.normalise(value.substring(start, i));
                if (!tag.isEmpty()) {
                    into.add(tag);
                }
            }
        }
    }

    /**
     * A comma or what the regex {@code \s} matches. A matcher per tag value and SnakeYAML's resolver made regex
     * matchers about 5% of a build's parsing thread in a profile.
     */
    private static boolean isTagSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String describe(Damage d) {
        return switch (d) {
            case BINARY -> "binary file: not read as text";
            case INVALID_UTF8 -> "bytes that are not UTF-8 were replaced";
            case MOJIBAKE -> "mis-encoded text (mojibake) was repaired for reading; the file is unchanged";
            case INVALID_YAML -> "invalid frontmatter";
        };
    }

    private static final class Body {
        final List<Heading> headings = new ArrayList<>();
        final List<TaskLine> tasks = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
    }
}
