package io.vaultdesk.vault;

/** Obsidian Tasks' priorities, highest first; NONE sits between medium and low, as in Tasks. */
public enum Priority {
    HIGHEST(Signifiers.HIGHEST), HIGH(Signifiers.HIGH), MEDIUM(Signifiers.MEDIUM), NONE(""),
    LOW(Signifiers.LOW), LOWEST(Signifiers.LOWEST);

    private final String signifier;
    /** Kept: asked for once per task of a full build. */
    private final String key;

    Priority(String signifier) {
        this.signifier = signifier;
        this.key = name().toLowerCase(java.util.Locale.ROOT);
    }

    public String signifier() {
        return signifier;
    }

    /** The name used in reports and the index: "highest" ... "lowest", "none". */
    public String key() {
        return key;
    }
}
