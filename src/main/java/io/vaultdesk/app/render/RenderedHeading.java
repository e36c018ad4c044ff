package io.vaultdesk.app.render;

/** A heading of the rendered note: {@code id} is the element's id, the slug a {@code [[Note#Heading]]} link carries. */
public record RenderedHeading(int line, int level, String text, String id) {
}
