package io.vaultdesk.app.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Heading ids. One rule for both ends: the id a heading gets and the slug a {@code [[Note#Heading]]} link carries
 * come from the same function, so links find their heading. Repeated headings get "-1", "-2", ... in page order,
 * as on GitHub; a link names the first.
 */
final class Slugs {
    private final Set<String> used = new HashSet<>();

    /** Lower case; letters and digits of any script kept; runs of anything else become one '-'. */
    static String slug(String heading) {
        StringBuilder out = new StringBuilder(heading.length());
        boolean dash = false;
        for (int i = 0; i < heading.length(); ) {
            int cp = heading.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && cp != '\u2019') {
                dash = true; // "Bob's plan" → "bobs-plan", not "bob-s-plan"
            }
        }
        return out.length() == 0 ? "section" : out.toString().toLowerCase(Locale.ROOT);
    }

    /** The slug of the heading, made unique on this page. */
    String unique(String heading) {
        String base = slug(heading);
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
