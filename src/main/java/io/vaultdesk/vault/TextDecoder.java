package io.vaultdesk.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The note's lines, exactly as {@link Lines#split} cuts the text {@link #decode} gives, but decoded a line at a
     * time. Most lines of a note are ASCII, and a line of ASCII becomes a string in one copy; the whole text as one
     * string turned UTF-16 at its first emoji, and it and every line cut from it cost four to five times the file's
     * size, a third of what the parsing thread allocated. A line break is an ASCII byte, never part of a UTF-8
     * sequence or of a mis-decoded one, so lines decode and repair alike apart. A file that is not valid UTF-8, or
     * whose repair leaves a byte-order mark at its start, is decoded whole instead.
     */
    public DecodedLines decodeLines(byte[] bytes) {
        if (hasNulByte(bytes)) {
            return new DecodedLines(List.of(), false, EnumSet.of(Damage.BINARY));
        }
        boolean bom = startsWithBom(bytes);
        int n = bytes.length;
        int start = bom ? 3 : 0;
        List<String> lines = new ArrayList<>(Math.max(4, n / 40));
        boolean repaired = false;
        for (int i = start; i <= n; i++) {
            boolean end = i == n;
            if (end ? start < n : bytes[i] == '\n' || bytes[i] == '\r') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (line.indexOf('\uFFFD') >= 0) {
                    return whole(bytes);
                }
                String repair = mojibake.repair(line);
                repaired |= !repair.equals(line);
                lines.add(repair);
                if (!end && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (!repaired) {
            return new DecodedLines(lines, bom, Set.of());
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            return whole(bytes); // a byte-order mark that went through the mis-decoding: decode's rule, in one place
        }
        return new DecodedLines(lines, bom, Set.of(Damage.MOJIBAKE));
    }

    private DecodedLines whole(byte[] bytes) {
        return DecodedLines.of(decode(bytes));
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
