package io.vaultdesk.app.board;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's description as a card shows it: a link reads as its alias, else its note's name (without folder or
 * heading: a card is narrow), a Markdown link as its text.
 */
public final class CardText {
    private static final Pattern WIKI = Pattern.compile("!?\\[\\[([^\\]|#]*)(#[^\\]|]*)?(?:\\|([^\\]]*))?]]");
    private static final Pattern MARKDOWN = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private CardText() {
    }

    public static String plain(String description) {
        if (description.indexOf('[') < 0) {
            return description;
        }
        Matcher m = WIKI.matcher(description);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = m.group(3) != null ? m.group(3)
                    : !m.group(1).isEmpty() ? lastSegment(m.group(1)) : m.group(2) == null ? "" : m.group(2).substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return MARKDOWN.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    /** {@code [[Folder/Note]]} reads as "Note", as in Obsidian. */
    private static String lastSegment(String target) {
        int slash = target.lastIndexOf('/');
        return slash >= 0 ? target.substring(slash + 1) : target;
    }
}
