package io.vaultdesk.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The ways a meeting note is damaged on disk. Only some of them make the indexer report the note as damaged. */
enum Damage {
    NONE(false),
    /** UTF-8 read as windows-1254 and saved again as UTF-8, exactly like the real sample. */
    MOJIBAKE(true),
    CRLF(false),
    BOM(false),
    /** A flow sequence that is never closed. */
    UNCLOSED_FLOW_YAML(true),
    /** A mapping indented with a tab, which YAML forbids. */
    TAB_INDENTED_YAML(true),
    /** Bytes that are not UTF-8 in a paragraph of the summary, never in a task line. */
    INVALID_UTF8(true);

    private static final Charset WINDOWS_1254 = Charset.forName("windows-1254");
    private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, '(', ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0x80,
        (byte) 0xE2, (byte) 0x82};
    private static final String INVALID_BYTES_BEFORE = "## Action Items";

    private final boolean reportedAsDamaged;

    Damage(boolean reportedAsDamaged) {
        this.reportedAsDamaged = reportedAsDamaged;
    }

    boolean reportedAsDamaged() {
        return reportedAsDamaged;
    }

    /** Changes to the note's text that must happen before it is rendered. */
    void prepare(NoteDraft note, String someone) {
        if (this == UNCLOSED_FLOW_YAML) {
            note.breakFrontmatter("reviewers: [" + someone + ", Legal\n");
        } else if (this == TAB_INDENTED_YAML) {
            note.breakFrontmatter("meta:\n\tsource: transcript\n");
        }
    }

    byte[] encode(String text) {
        return switch (this) {
            case MOJIBAKE -> mojibake(text).getBytes(StandardCharsets.UTF_8);
            case CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            case BOM -> concat(BOM_BYTES, text.getBytes(StandardCharsets.UTF_8));
            case INVALID_UTF8 -> withInvalidBytes(text);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Bytes windows-1254 has no character for (0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E) are dropped. */
    static String mojibake(String text) {
        CharsetDecoder decoder = WINDOWS_1254.newDecoder()
                .onMalformedInput(CodingErrorAction.IGNORE)
                .onUnmappableCharacter(CodingErrorAction.IGNORE);
        try {
            return decoder.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).toString();
        } catch (CharacterCodingException impossibleWhenIgnoring) {
            throw new IllegalStateException(impossibleWhenIgnoring);
        }
    }

    /** Inserts a line of bad bytes at the end of the summary paragraph, so it joins that paragraph. */
    private static byte[] withInvalidBytes(String text) {
        int at = text.indexOf(INVALID_BYTES_BEFORE);
        if (at < 0) {
            throw new IllegalArgumentException("No summary to damage");
        }
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] line = concat(concat("Scanned page: ".getBytes(StandardCharsets.US_ASCII), NOT_UTF8),
                " illegible.\n".getBytes(StandardCharsets.US_ASCII));
        byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
        return concat(concat(before, line), after);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
