package io.vaultdesk.app.edit;

import java.nio.charset.StandardCharsets;

/** The editor works in "\n"; the file keeps its own line breaks and byte order mark. */
public final class EditorText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EditorText() {
    }

    /** "\r\n" and lone "\r" become "\n". */
    public static String forEditing(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A file counts as CRLF when most of its line breaks are. */
    public static boolean usesCrlf(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf;
    }

    public static byte[] bytes(String editorText, boolean crlf, boolean bom) {
        String text = crlf ? forEditing(editorText).replace("\n", "\r\n") : forEditing(editorText);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
