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

    /** The body for full-text search, as {@link NoteParser#bodyText} makes it from the text. */
    public String bodyText(int firstBodyLine) {
        return firstBodyLine >= lines.size() ? "" : String.join("\n", lines.subList(firstBodyLine, lines.size()));
    }
}
