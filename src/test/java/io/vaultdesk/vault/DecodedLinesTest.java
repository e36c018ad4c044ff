package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.testing.NoteCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding a line at a time against decoding the whole text and cutting it into lines: always the same. */
class DecodedLinesTest {
    /** Pieces of files, as bytes: line breaks of every kind, byte-order marks, mojibake, invalid UTF-8, NUL. */
    private static final List<byte[]> PIECES = Stream.of(
            utf8("\n"), utf8("\r\n"), utf8("\r"), utf8("\n\n"), utf8("plain text "), utf8("é"), utf8("📅 2025-01-02"),
            utf8("- [ ] task @Ann 📅 2025-01-02 ⏫\n"), utf8("ğŸ“…"), utf8("â«"), utf8("MAIâ€™s"), utf8("ï»¿"),
            utf8("\uFEFF"), utf8("\uFFFD"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {0}, utf8("---\ntype: meeting\n---\n"))
            .toList();

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void same(byte[] file) {
        DecodedText whole = decoder.decode(file);
        DecodedLines lines = decoder.decodeLines(file);
        String shown = new String(file, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
        assertEquals(Lines.split(whole.text()), lines.lines(), () -> "lines of " + shown);
        assertEquals(whole.hadBom(), lines.hadBom(), () -> "BOM of " + shown);
        assertEquals(whole.damage(), lines.damage(), () -> "damage of " + shown);
    }

    private String body(String text, int firstBodyLine) {
        return decoder.decodeLines(utf8(text)).bodyText(firstBodyLine);
    }

    @Test
    void theBodyIsTheLinesBelowTheFrontmatterJoinedWithLineFeeds() {
        assertEquals("body\n\nmore", body("---\nx: 1\n---\nbody\n\nmore\n", 3));
        assertEquals("body", body("---\r\nx: 1\r\n---\r\nbody\r\n", 3));
        assertEquals("a\n", body("a\n\r", 0));
        assertEquals("\n\nb", body("\r\r\nb", 0));
        assertEquals("", body("", 0));
        assertEquals("", body("---\nx: 1\n---\n", 3));
    }

    @Test
    void aBodyBelowMoreLinesThanTheNoteHasIsEmpty() {
        assertEquals("", body("a\nb", 3));
        assertEquals("", body("a\nb\n", 2));
        assertEquals("b", body("a\r\nb", 1));
    }

    @Test
    void edges() {
        for (String text : List.of("", "\n", "\r", "\r\n", "\n\r", "a", "a\n", "a\r\n", "a\rb", "a\n\n", "\n\na",
                "\uFEFFa", "ï»¿a\nMAIâ€™s", "ï»¿", "\uFEFF\uFEFFâ€™", "a\uFFFDb", "ğŸ“… x\r\nâ« y")) {
            same(utf8(text));
        }
        same(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'});
        same(new byte[] {'a', (byte) 0xC3, '\n', 'b'});
        same(new byte[] {'a', (byte) 0xE2, (byte) 0x82, '\r', '\n', (byte) 0xE2, (byte) 0x82});
    }

    @Test
    void mojibakeIsRepairedLineByLine() {
        DecodedLines lines = decoder.decodeLines(utf8("MAIâ€™s\nğŸ“… 2025-11-08 â«\n"));
        assertEquals(List.of("MAI’s", "📅 2025-11-08 ⏫"), lines.lines());
        assertEquals(Set.of(Damage.MOJIBAKE), lines.damage());
    }

    @Test
    void randomFiles() {
        Random random = new Random(11);
        for (int n = 0; n < 30_000; n++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            for (int i = random.nextInt(12); i > 0; i--) {
                file.writeBytes(PIECES.get(random.nextInt(PIECES.size())));
            }
            same(file.toByteArray());
        }
    }

    @Test
    void theFixturesSamplesAndAGeneratedVault(@TempDir Path dir) throws IOException {
        NoteCorpus.eachFile(dir, 13, false, this::same);
    }
}
