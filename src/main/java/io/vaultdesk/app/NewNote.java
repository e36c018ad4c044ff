package io.vaultdesk.app;

import java.util.Optional;

/**
 * What came of creating a note from an unresolved link.
 *
 * @param path    the note to open: the new one, or the one that already had that name; empty when refused
 * @param message for the status bar: what was done, or why not
 */
public record NewNote(Optional<String> path, String message) {
    static NewNote refused(String reason) {
        return new NewNote(Optional.empty(), reason);
    }
}
