package io.vaultdesk.index;

import io.vaultdesk.vault.Damage;
import io.vaultdesk.vault.DecodedLines;
import io.vaultdesk.vault.ParsedNote;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A note's body as UTF-8 for the full-text table. For a clean file (valid UTF-8 with no byte-order mark, no
 * mojibake, LF line ends) the body's text is a stretch of the file's own bytes, which are copied rather than
 * encoded again: encoding every body took 7% of the parsing thread, the one that bounds a full build. Any other
 * file's body is encoded from the parsed text. A test holds the two ways to the same bytes.
 */
final class BodyBytes {
    private BodyBytes() {
    }

    /**
     * @param file  the bytes the note was parsed from
     * @param lines the lines they decoded to
     */
    static byte[] of(byte[] file, DecodedLines lines, ParsedNote note) {
        if (!isClean(file, note)) {
            return lines.bodyText(note.frontmatter().endLine()).getBytes(StandardCharsets.UTF_8);
        }
        // as DecodedLines.bodyText: from the first line after the frontmatter, without the final line break
        int start = 0;
        for (int line = 0; line < note.frontmatter().endLine(); line++) {
            int nl = indexOf(file, (byte) '\n', start);
            if (nl < 0) {
                return new byte[0];
            }
            start = nl + 1;
        }
        int end = file.length > 0 && file[file.length - 1] == '\n' ? file.length - 1 : file.length;
        return start >= end ? new byte[0] : Arrays.copyOfRange(file, start, end);
    }

    private static boolean isClean(byte[] file, ParsedNote note) {
        if (note.damage().contains(Damage.BINARY) || note.damage().contains(Damage.INVALID_UTF8)
                || note.damage().contains(Damage.MOJIBAKE)) {
            return false;
        }
        if (file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF) {
            return false;
        }
        return indexOf(file, (byte) '\r', 0) < 0;
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
