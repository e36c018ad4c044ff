package io.vaultdesk.app.meeting;

import io.vaultdesk.vault.NoteKind;
import java.util.Optional;

/**
 * What the New person / account / project form asks for.
 *
 * @param role    a person's role; empty otherwise
 * @param account the account a person works for or a project belongs to, as a link target; empty for none
 */
public record EntityDraft(NoteKind kind, String name, Optional<String> role, Optional<String> account) {
    public EntityDraft {
        if (kind != NoteKind.PERSON && kind != NoteKind.ACCOUNT && kind != NoteKind.PROJECT) {
            throw new IllegalArgumentException("not an entity: " + kind);
        }
        name = name == null ? "" : name.strip();
        role = role.map(String::strip).filter(r -> !r.isEmpty());
        account = account.map(String::strip).filter(a -> !a.isEmpty());
    }

    /** The folder Obsidian users keep them in, which VaultDesk also reads as their kind. */
    public String folder() {
        return switch (kind) {
            case PERSON -> "People";
            case ACCOUNT -> "Accounts";
            default -> "Projects";
        };
    }

    /** The note's text: frontmatter with its type (and role and account, if given), a title, a place for notes. */
    public String text() {
        StringBuilder s = new StringBuilder("---\ntype: ").append(kind.name().toLowerCase(java.util.Locale.ROOT))
                .append('\n');
        role.ifPresent(r -> s.append("role: '").append(r.replace("'", "''")).append("'\n"));
        account.ifPresent(a -> s.append(kind == NoteKind.PERSON ? "company" : "account").append(": '[[")
                .append(a.replace("'", "''")).append("]]'\n"));
        s.append("---\n\n# ").append(name).append("\n\n## Notes\n\n");
        return s.toString();
    }
}
