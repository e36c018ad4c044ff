package io.vaultdesk.index;

/** A link from one note (by id) at a line, to a resolved note or to the text written. */
public record IndexedLink(int sourceId, int line, String kind, String target, String subpath) {
}
