package io.vaultdesk.app.board;

/** An owner the filter offers: the lane key, the name shown, and how many tasks they have (open ones, in the filter choices; shown ones, in a lane). */
public record OwnerChoice(String key, String label, int count) {
}
