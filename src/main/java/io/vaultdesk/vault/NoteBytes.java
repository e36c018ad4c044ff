package io.vaultdesk.vault;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A note's bytes cut into lines the way {@link Lines} counts them ("\r\n", "\n" and a lone "\r"), so that line N
 * here is line N of the parsed note, and any one line can be replaced while every other byte stays as it was.
 */
final class NoteBytes {
    /** "ï»¿": a BOM that went through the same mis-decoding as a mojibake note, which the decoder also drops. */
    private static final byte[] MOJIBAKE_BOM = {(byte) 0xC3, (byte) 0xAF, (byte) 0xC2, (byte) 0xBB, (byte) 0xC2,
            (byte) 0xBF};

    private final byte[] bytes;
    /** Per line: {start of its text, end of its text, end of its line break}. */
    private final List<int[]> lines = new ArrayList<>();

    NoteBytes(byte[] bytes) {
        this.bytes = bytes;
        int start = bomLength(bytes);
        int i = start;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                int end = b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
                lines.add(new int[] {start, i, end});
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < bytes.length) {
            lines.add(new int[] {start, bytes.length, bytes.length});
        }
    }

    private static int bomLength(byte[] bytes) {
        if (TextDecoder.startsWithBom(bytes)) {
            return 3;
        }
        boolean mojibakeBom = bytes.length >= MOJIBAKE_BOM.length;
        for (int k = 0; mojibakeBom && k < MOJIBAKE_BOM.length; k++) {
            mojibakeBom = bytes[k] == MOJIBAKE_BOM[k];
        }
        return mojibakeBom ? MOJIBAKE_BOM.length : 0;
    }

    int lineCount() {
        return lines.size();
    }

    /** The text of a line (0-based) as written, or empty when its bytes are not UTF-8 and so cannot be rewritten. */
    Optional<String> text(int line) {
        int[] l = lines.get(line);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, l[0], l[1] - l[0]));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The note with one line replaced by others, each in UTF-8. Added lines end as the replaced line does; when it
     * has no line break (the last line of a note without a final newline), as the first line of the note that has.
     */
    byte[] replace(int line, List<String> replacement) {
        return replace(line, 1, replacement);
    }

    /**
     * The note with {@code count} lines from {@code first} replaced by others: the text from the start of the first
     * to the end of the last one's text, so that the last one's line break stays, and the breaks between them go.
     */
    byte[] replace(int first, int count, List<String> replacement) {
        int start = lines.get(first)[0];
        int end = lines.get(first + count - 1)[1];
        byte[] lineBreak = lineBreakForNewLines(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        out.write(bytes, 0, start);
        for (int k = 0; k < replacement.size(); k++) {
            if (k > 0) {
                out.writeBytes(lineBreak);
            }
            out.writeBytes(replacement.get(k).getBytes(StandardCharsets.UTF_8));
        }
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    private byte[] lineBreakForNewLines(int line) {
        int[] own = lines.get(line);
        if (own[2] > own[1]) {
            return Arrays.copyOfRange(bytes, own[1], own[2]);
        }
        for (int[] l : lines) {
            if (l[2] > l[1]) {
                return Arrays.copyOfRange(bytes, l[1], l[2]);
            }
        }
        return new byte[] {'\n'};
    }
}
