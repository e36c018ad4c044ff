package io.vaultdesk.vault;

import java.util.List;
import java.util.Set;

/**
 * A note's lines as the parser reads them ({@link TextDecoder#decodeLines}): the text of {@link DecodedText} cut by
 * {@link Lines#split}, without the text as one string.
 */
public record DecodedLines(List<String> lines, boolean hadBom, Set<Damage> damage) {
    public DecodedLines {
        damage = Set.copyOf(damage);
    }

    /** The lines of a text decoded whole. */
    public static DecodedLines of(DecodedText text) {
        return new DecodedLines(Lines.split(text.text()), text.hadBom(), text.damage());
    }

    /**
     * A note's body, for full-text search: its lines from {@code firstBodyLine} on (the line after the frontmatter,
     * {@link Frontmatter#endLine()}) joined with "\n", so without the last line's break and with every break a line
     * feed. Not part of {@link ParsedNote}: a full build copies most bodies straight from the file's bytes.
     */
    public String bodyText(int firstBodyLine) {
        return firstBodyLine >= lines.size() ? "" : String.join("\n", lines.subList(firstBodyLine, lines.size()));
    }
}
