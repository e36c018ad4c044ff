package io.vaultdesk.vault;

/** A task's state, from the character between its brackets, as Obsidian Tasks reads it. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public static TaskStatus of(int symbol) {
        return switch (symbol) {
            case 'x', 'X' -> DONE;
            case '-' -> CANCELLED;
            case '/' -> IN_PROGRESS;
            default -> OPEN;
        };
    }

    /** Open and in-progress items are still owed; done and cancelled ones are not. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
