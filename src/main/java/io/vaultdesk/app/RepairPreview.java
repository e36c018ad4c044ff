package io.vaultdesk.app;

import java.util.List;

/**
 * What repairing a note's mojibake would change, shown before anything is written.
 *
 * @param hash the content hash of the bytes the preview was made from: the repair writes only over those
 */
public record RepairPreview(String path, long hash, List<Change> changes) {
    public RepairPreview {
        changes = List.copyOf(changes);
    }

    /** One line as it is in the file and as it will be. */
    public record Change(int line, String before, String after) {
    }
}
