package io.vaultdesk.app.edit;

/** What came of saving the editor's text. */
public sealed interface SaveOutcome {
    /** Written; {@code document} is the note as it now is on disk, to go on editing from. */
    record Saved(EditorDocument document) implements SaveOutcome {
    }

    /**
     * The file changed on disk since it was opened: nothing was written; here is what it now holds.
     *
     * @param deleted the file is gone ({@code diskText} is empty); saving again writes it anew
     */
    record Conflict(String diskText, long diskHash, boolean deleted) implements SaveOutcome {
    }

    /** Nothing was written, for this reason. */
    record Refused(String reason) implements SaveOutcome {
    }
}
