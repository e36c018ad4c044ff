package io.vaultdesk.vault;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a note is about, for the navigation: a meeting, or an entity (person, account, project) that meetings link
 * to. The frontmatter {@code type} decides; without one, the folder does ({@code People/}, {@code Accounts/},
 * {@code Projects/}), since most vaults file entities by folder and never type them.
 */
public enum NoteKind {
    MEETING, PERSON, ACCOUNT, PROJECT, OTHER;

    private static final Set<String> ACCOUNT_WORDS = Set.of("account", "accounts", "customer-account", "client",
            "clients", "company", "companies", "organisation", "organization", "organizations");
    private static final Set<String> PROJECT_WORDS = Set.of("project", "projects");

    public static NoteKind of(String path, Optional<String> type, boolean meeting) {
        if (meeting) {
            return MEETING;
        }
        if (OwnerNames.isPersonNote(path, type)) {
            return PERSON;
        }
        Optional<String> t = type.map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (t.filter(ACCOUNT_WORDS::contains).isPresent()) {
            return ACCOUNT;
        }
        if (t.filter(PROJECT_WORDS::contains).isPresent()) {
            return PROJECT;
        }
        if (t.isEmpty()) {
            for (String segment : VaultPaths.folder(path).split("/")) {
                String s = segment.toLowerCase(Locale.ROOT);
                if (ACCOUNT_WORDS.contains(s)) {
                    return ACCOUNT;
                }
                if (PROJECT_WORDS.contains(s)) {
                    return PROJECT;
                }
            }
        }
        return OTHER;
    }

    public boolean isEntity() {
        return this == PERSON || this == ACCOUNT || this == PROJECT;
    }
}
