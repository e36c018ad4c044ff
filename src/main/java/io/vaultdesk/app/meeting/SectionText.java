package io.vaultdesk.app.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines under a heading of a note ("## Decisions"), up to the next heading of the same or a higher level. */
public final class SectionText {
    private SectionText() {
    }

    /**
     * Non-blank lines of the section, HTML comments (a template's hints) dropped. Headings are found line by line,
     * so a "# …" line inside a fenced code block in the section would end it: rare in a Decisions section.
     */
    public static List<String> of(List<String> lines, String heading) {
        List<String> out = new ArrayList<>();
        int level = 0;
        boolean inComment = false;
        for (String line : lines) {
            String s = line.strip();
            int hashes = headingLevel(s);
            if (level == 0) {
                if (hashes > 0 && s.substring(hashes).strip().toLowerCase(Locale.ROOT)
                        .equals(heading.toLowerCase(Locale.ROOT))) {
                    level = hashes;
                }
                continue;
            }
            if (hashes > 0 && hashes <= level) {
                break;
            }
            if (inComment) {
                inComment = !s.contains("-->");
                continue;
            }
            if (s.startsWith("<!--")) {
                inComment = !s.contains("-->");
                continue;
            }
            if (!s.isEmpty()) {
                out.add(line.stripTrailing());
            }
        }
        return out;
    }

    private static int headingLevel(String s) {
        int n = 0;
        while (n < s.length() && n < 7 && s.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n <= 6 && (s.length() == n || s.charAt(n) == ' ') ? n : 0;
    }
}
