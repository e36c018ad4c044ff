package io.vaultdesk.app;

/**
 * A plain-text mention of a note in another note, to show with the match highlighted and to turn into a link.
 *
 * @param line        1-based line of the source note
 * @param lineText    the whole line as read (decoded, mojibake repaired), not stripped: the guarded edit finds
 *                    the line again by it
 * @param start       where the match starts in {@code lineText}
 * @param end         where it ends (exclusive)
 * @param matchedText {@code lineText.substring(start, end)}: the name, title or alias as written in the source
 * @param readHash    the source note's content hash when it was read: while the note is unchanged, the line
 *                    number is trusted, which is the only way to tell two identical lines apart (decision 9)
 */
public record UnlinkedMention(int line, String lineText, int start, int end, String matchedText, long readHash) {
    public UnlinkedMention {
        if (line < 1 || start < 0 || start >= end || end > lineText.length()
                || !lineText.substring(start, end).equals(matchedText)) {
            throw new IllegalArgumentException("not a mention at " + start + ".." + end + " of \"" + lineText + "\"");
        }
    }
}
