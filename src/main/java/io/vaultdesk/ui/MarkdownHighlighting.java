package io.vaultdesk.ui;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style classes for the editor's source text: frontmatter, headings, tasks, wiki-links and tags. */
final class MarkdownHighlighting {
    private static final Pattern FRONTMATTER = Pattern.compile("\\A---\\n(?:.*\\n)*?---(?:\\n|\\z)");
    private static final Pattern TOKENS = Pattern.compile(
            "(?<HEADING>^#{1,6} .*$)"
                    + "|(?<TASK>^[ \\t>]*(?:[-*+]|\\d+[.)]) \\[.\\])"
                    + "|(?<LINK>!?\\[\\[[^\\]\\n]*\\]\\])"
                    + "|(?<TAG>(?<=^|\\s)#[\\p{L}\\p{N}_/-]*[\\p{L}_/-][\\p{L}\\p{N}_/-]*)",
            Pattern.MULTILINE);

    private MarkdownHighlighting() {
    }

    static StyleSpans<Collection<String>> of(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        Matcher front = FRONTMATTER.matcher(text);
        if (front.find()) {
            spans.add(List.of("md-frontmatter"), front.end());
            at = front.end();
        }
        Matcher m = TOKENS.matcher(text);
        m.region(at, text.length());
        while (m.find()) {
            String style = m.group("HEADING") != null ? "md-heading" : m.group("TASK") != null ? "md-task"
                    : m.group("LINK") != null ? "md-link" : "md-tag";
            spans.add(List.of(), m.start() - at);
            spans.add(List.of(style), m.end() - m.start());
            at = m.end();
        }
        spans.add(List.of(), text.length() - at);
        return spans.create();
    }
}
