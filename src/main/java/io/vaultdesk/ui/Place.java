package io.vaultdesk.ui;

/** Where the reader is: a note, and the line to show (0 for the top). */
public record Place(String path, int line) {
    public static Place top(String path) {
        return new Place(path, 0);
    }
}
