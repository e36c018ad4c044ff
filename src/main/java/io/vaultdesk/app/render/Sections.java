package io.vaultdesk.app.render;

import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.ParsedNote;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines an embed of a part of a note shows: {@code ![[Note#Heading]]} is the heading and everything up to the
 * next heading of the same or a higher level; {@code ![[Note#^id]]} is the block that ends with {@code ^id}.
 */
final class Sections {
    private static final Pattern LIST_ITEM = Pattern.compile("^[\\s>]*([-*+]|\\d+[.)])\\s.*");

    /** Lines [from, to) of the file, 0-based. */
    record Range(int from, int to) {
    }

    private Sections() {
    }

    static Optional<Range> find(ParsedNote note, List<String> lines, String subpath) {
        String last = subpath.substring(subpath.lastIndexOf('#') + 1).strip();
        if (last.startsWith("^")) {
            return block(lines, last.substring(1), note.frontmatter().endLine());
        }
        String slug = Slugs.slug(last);
        List<Heading> headings = note.headings();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (Slugs.slug(h.text()).equals(slug)) {
                int to = lines.size();
                for (Heading next : headings.subList(i + 1, headings.size())) {
                    if (next.level() <= h.level()) {
                        to = next.line() - 1;
                        break;
                    }
                }
                return Optional.of(new Range(h.line() - 1, to));
            }
        }
        return Optional.empty();
    }

    private static Optional<Range> block(List<String> lines, String id, int firstBodyLine) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String marker = "^" + id;
        for (int i = firstBodyLine; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.strip().equals(marker)) {
                // An id on a line of its own names the block above it (a table, a list, a quote).
                int from = i;
                while (from > firstBodyLine && !lines.get(from - 1).isBlank()) {
                    from--;
                }
                return Optional.of(new Range(from, i + 1));
            }
            if (line.endsWith(" " + marker)) {
                int from = i;
                while (!LIST_ITEM.matcher(lines.get(from)).matches() && from > firstBodyLine
                        && !lines.get(from - 1).isBlank() && !lines.get(from - 1).stripLeading().startsWith("#")) {
                    from--;
                }
                return Optional.of(new Range(from, i + 1));
            }
        }
        return Optional.empty();
    }
}
