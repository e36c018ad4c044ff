package io.vaultdesk.ui;

import java.util.Optional;

/**
 * Where the reader is: a note, and what to show of it: a line (0 for the top), or a heading's id or a
 * {@code ^block} id from a {@code [[Note#Heading]]} link.
 */
public record Place(String path, int line, Optional<String> anchor) {
    public Place(String path, int line) {
        this(path, line, Optional.empty());
    }

    public static Place top(String path) {
        return new Place(path, 0);
    }
}
