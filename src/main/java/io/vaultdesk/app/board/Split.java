package io.vaultdesk.app.board;

/** The meeting-heavy user's two questions: what do I owe, and what am I waiting for from others. */
public enum Split {
    ALL("All"),
    I_OWE("I owe"),
    WAITING("Waiting on others");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
