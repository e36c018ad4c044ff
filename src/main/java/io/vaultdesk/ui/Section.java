package io.vaultdesk.ui;

import io.vaultdesk.vault.NoteKind;
import java.util.Optional;

/** The navigation's sections, in the order the sidebar lists them. */
public enum Section {
    MEETINGS("Meetings", NoteKind.MEETING),
    TASKS("Tasks", null),
    PEOPLE("People", NoteKind.PERSON),
    ACCOUNTS("Accounts", NoteKind.ACCOUNT),
    PROJECTS("Projects", NoteKind.PROJECT),
    ALL("All notes", null);

    private final String label;
    private final NoteKind kind;

    Section(String label, NoteKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Optional<NoteKind> kind() {
        return Optional.ofNullable(kind);
    }
}
