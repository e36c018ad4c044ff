package io.vaultdesk.vault;

/**
 * A link as written in a note.
 *
 * @param target  the part that is resolved: before '#' and '|'; empty for a link to a heading of the same note
 * @param subpath what follows '#' (a heading, or ^block-id); empty when none
 * @param display what follows '|', or a Markdown link's text; empty when none
 */
public record Link(int line, LinkKind kind, String target, String subpath, String display) {

    /** The inside of {@code [[...]]} read as the index reads it, so the reader's links resolve the same way. */
    public static Link parseWiki(String inner, int line, LinkKind kind) {
        return LinkExtractor.wikiLink(inner, line, kind);
    }

    /** {@code [[#Heading]]}: a jump inside the note itself, not a link to another note. */
    public boolean isSelfReference() {
        return target.isEmpty();
    }
}
