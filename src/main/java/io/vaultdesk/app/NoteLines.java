package io.vaultdesk.app;

import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.Lines;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text of a note as the user should see it (decoded, mojibake repaired), split into lines. */
final class NoteLines {
    private static final TextDecoder DECODER = new TextDecoder();

    private NoteLines() {
    }

    static DecodedText read(Path file) throws IOException {
        return DECODER.decode(Files.readAllBytes(file));
    }

    static List<String> lines(Path file) throws IOException {
        return Lines.split(read(file).text());
    }
}
