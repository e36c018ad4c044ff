package io.vaultdesk.app;

/** What came of an edit the user asked for: written, or refused with the reason to show them. */
public record EditResult(boolean written, String message) {
    public static EditResult written(String message) {
        return new EditResult(true, message);
    }

    public static EditResult refused(String reason) {
        return new EditResult(false, reason);
    }
}
