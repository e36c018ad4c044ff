package io.vaultdesk.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/** Turns the bytes of a note into text, recording every kind of damage it had to work around. */
public final class TextDecoder {
    /** Git's heuristic: a NUL in the first 8000 bytes means the file is binary. */
    private static final int BINARY_PROBE = 8000;

    private final MojibakeRepair mojibake = MojibakeRepair.instance();

    public DecodedText decode(byte[] bytes) {
        EnumSet<Damage> damage = EnumSet.noneOf(Damage.class);
        if (hasNulByte(bytes)) {
            damage.add(Damage.BINARY);
            return new DecodedText("", false, damage);
        }
        boolean bom = startsWithBom(bytes);
        int offset = bom ? 3 : 0;
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        // new String(...) replaces bad bytes silently; only when a U+FFFD shows up is the strict check worth it.
        if (text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes, offset)) {
            damage.add(Damage.INVALID_UTF8);
        }
        String repaired = mojibake.repair(text);
        if (!repaired.equals(text)) {
            damage.add(Damage.MOJIBAKE);
            if (repaired.startsWith("\uFEFF")) {
                repaired = repaired.substring(1); // a BOM that went through the same mis-decoding ("ï»¿")
                bom = true;
            }
        }
        return new DecodedText(repaired, bom, damage);
    }

    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean hasNulByte(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStrictUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
