package io.vaultdesk.vault;

/** What came of a guarded edit of a note: written, or refused with a reason meant for the user. */
public sealed interface EditOutcome {
    /**
     * @param line      1-based line where the edited text now starts
     * @param lineCount how many lines took the place of the edited one (two when a recurring task was completed)
     * @param newHash   {@link ContentHash} of the note as written, so the index can recognise its own write
     */
    record Written(int line, int lineCount, long newHash) implements EditOutcome {
    }

    /** Nothing was written. */
    record Refused(String reason) implements EditOutcome {
    }
}
