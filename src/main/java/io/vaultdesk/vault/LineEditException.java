package io.vaultdesk.vault;

/**
 * A line edit that would be wrong to make, with a reason meant for the user (a recurrence rule VaultDesk cannot
 * follow, a date that does not exist). Nothing has been written when it is thrown.
 */
public final class LineEditException extends RuntimeException {
    public LineEditException(String reason) {
        super(reason);
    }
}
