package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void plainUtf8IsUndamaged() {
        DecodedText t = decoder.decode("Café ’ 📅 ⏫".getBytes(StandardCharsets.UTF_8));
        assertEquals("Café ’ 📅 ⏫", t.text());
        assertEquals(Set.of(), t.damage());
    }

    @Test
    void bomIsRemovedAndRemembered() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        DecodedText t = decoder.decode(bytes);
        assertEquals("hi", t.text());
        assertTrue(t.hadBom());
        assertEquals(Set.of(), t.damage());
    }

    @Test
    void invalidUtf8IsReplacedAndFlagged() {
        byte[] bytes = {'a', (byte) 0xC3, '(', 'b'};
        DecodedText t = decoder.decode(bytes);
        assertEquals("a\uFFFD(b", t.text());
        assertEquals(Set.of(Damage.INVALID_UTF8), t.damage());
    }

    @Test
    void aRealReplacementCharacterIsNotDamage() {
        assertEquals(Set.of(), decoder.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)).damage());
    }

    @Test
    void nulBytesMeanBinary() {
        DecodedText t = decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertEquals(Set.of(Damage.BINARY), t.damage());
        assertEquals("", t.text());
    }

    @Test
    void emptyFileIsFine() {
        DecodedText t = decoder.decode(new byte[0]);
        assertEquals("", t.text());
        assertEquals(Set.of(), t.damage());
    }

    @Test
    void mojibakeIsRepairedAndFlagged() {
        DecodedText t = decoder.decode("MAIâ€™s ğŸ“… 2025-11-08 â«".getBytes(StandardCharsets.UTF_8));
        assertEquals("MAI’s 📅 2025-11-08 ⏫", t.text());
        assertEquals(Set.of(Damage.MOJIBAKE), t.damage());
    }
}
