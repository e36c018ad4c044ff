package io.vaultdesk.vault;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines the way editors count them: "\r\n", "\n" and a lone "\r" each end a line. */
public final class Lines {
    private Lines() {
    }

    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>(Math.max(4, text.length() / 40));
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
