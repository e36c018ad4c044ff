package io.vaultdesk.vault;

/**
 * A link as written in a note.
 *
 * @param target  the part that is resolved: before '#' and '|'; empty for a link to a heading of the same note
 * @param subpath what follows '#' (a heading, or ^block-id); empty when none
 * @param display what follows '|', or a Markdown link's text; empty when none
 */
public record Link(int line, LinkKind kind, String target, String subpath, String display) {

    /** {@code [[#Heading]]}: a jump inside the note itself, not a link to another note. */
    public boolean isSelfReference() {
        return target.isEmpty();
    }
}
