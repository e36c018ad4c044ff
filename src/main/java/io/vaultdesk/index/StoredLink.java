package io.vaultdesk.index;

import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;

/**
 * A link as the index keeps it: as written, and the note it resolves to.
 *
 * @param targetId the id of the note it resolves to, or {@link #UNRESOLVED}
 */
record StoredLink(int line, LinkKind kind, String target, String subpath, String display, int targetId) {
    static final int UNRESOLVED = -1;

    static StoredLink of(Link link, Integer targetId) {
        return new StoredLink(link.line(), link.kind(), link.target(), link.subpath(), link.display(),
                targetId == null ? UNRESOLVED : targetId);
    }

    boolean resolved() {
        return targetId != UNRESOLVED;
    }

    StoredLink withTarget(int id) {
        return new StoredLink(line, kind, target, subpath, display, id);
    }

    /** What the resolver reads: the target and how it was written (the rest does not change where it points). */
    Link asLink() {
        return new Link(line, kind, target, subpath, display);
    }
}
