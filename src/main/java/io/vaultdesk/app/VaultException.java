package io.vaultdesk.app;

/** A use case failed for a reason the user can act on; the message is one line, fit to show as it is. */
public final class VaultException extends Exception {
    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
