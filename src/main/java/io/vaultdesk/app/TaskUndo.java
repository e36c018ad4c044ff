package io.vaultdesk.app;

import java.util.List;

/**
 * How to take back an edit of a task: the lines it wrote go back to what they were, under the same guard as any
 * write (they are looked for by their text if the note changed since).
 *
 * @param line        1-based line where the written lines start
 * @param writtenHash the note's content hash right after the edit
 */
public record TaskUndo(String path, int line, List<String> written, long writtenHash, List<String> original,
                       String description) {
    public TaskUndo {
        written = List.copyOf(written);
        original = List.copyOf(original);
    }
}
