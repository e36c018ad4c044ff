package io.vaultdesk.vault;

import java.util.Optional;

/** Obsidian Tasks' priorities, highest first; NONE sits between medium and low, as in Tasks. */
public enum Priority {
    HIGHEST(Signifiers.HIGHEST), HIGH(Signifiers.HIGH), MEDIUM(Signifiers.MEDIUM), NONE(""),
    LOW(Signifiers.LOW), LOWEST(Signifiers.LOWEST);

    private final String signifier;

    Priority(String signifier) {
        this.signifier = signifier;
    }

    public String signifier() {
        return signifier;
    }

    /** The name used in reports and the index: "highest" ... "lowest", "none". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Priority> ofSignifier(String s) {
        for (Priority p : values()) {
            if (p != NONE && p.signifier.equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
