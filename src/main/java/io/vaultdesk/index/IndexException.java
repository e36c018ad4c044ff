package io.vaultdesk.index;

/** The index could not be read or written. The vault itself is never at risk: the index can be rebuilt. */
public final class IndexException extends Exception {
    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    static IndexException of(String what, java.sql.SQLException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
        return new IndexException(what + ": " + reason, e);
    }
}
