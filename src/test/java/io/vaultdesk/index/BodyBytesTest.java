package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.vaultdesk.testing.NoteCorpus;
import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.Lines;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The body's bytes copied from the file, or encoded from the lines a build decodes, against the lines below the
 * frontmatter of the whole decoded text, joined with line feeds: always the same.
 */
class BodyBytesTest {
    private static final String[] PIECES = {"---\n", "type: meeting\n", "broken: [\n", "...\n", "# Title\n",
        "body", "\n", "\n\n", "\r\n", "\r", "\uFEFF", "é", "📅", "ğŸ“…", "- [ ] task @Ann 📅 2025-01-02\n", "\u0000",
        "text ", "---"};

    private final NoteParser parser = new NoteParser();

    private void same(byte[] file) {
        DecodedText text = new TextDecoder().decode(file);
        ParsedNote note = parser.parse("x.md", text);
        List<String> lines = Lines.split(text.text());
        int first = Math.min(note.frontmatter().endLine(), lines.size());
        byte[] expected = String.join("\n", lines.subList(first, lines.size())).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, BodyBytes.of(file, new TextDecoder().decodeLines(file), note),
                () -> "file " + new String(file, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n"));
    }

    @Test
    void edgesOfTheFrontmatterAndTheLastLine() {
        for (String text : List.of("", "\n", "body", "body\n", "body\n\n", "---\na: 1\n---", "---\na: 1\n---\n",
                "---\na: 1\n---\nx", "---\na: 1\n---\n\n", "---\na: 1\n---\n\nbody\n\n", "---\nno close\nbody",
                "---\n---\nbody", "---\nbroken: [\n---\nbody\n", "\uFEFF---\na: 1\n---\nbody\n",
                "---\r\na: 1\r\n---\r\nbody\r\n", "a\rb", "ğŸ“… mojibake\n", "x\u0000y")) {
            same(text.getBytes(StandardCharsets.UTF_8));
        }
        same(new byte[] {'a', (byte) 0xC3, '\n', 'b'}); // invalid UTF-8
    }

    @Test
    void randomFiles() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            same(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFixturesSamplesAndAGeneratedVault(@TempDir Path dir) throws IOException {
        NoteCorpus.eachFile(dir, 9, true, this::same);
    }
}
