package io.vaultdesk.app.render;

import io.vaultdesk.vault.Frontmatter;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The frontmatter as Obsidian's reading view shows it: a table of properties above the text, not YAML. */
final class PropertiesTable {
    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    private PropertiesTable() {
    }

    /** Empty when the note has no frontmatter; an explanation and the raw block when the YAML could not be read. */
    static String html(Frontmatter frontmatter, List<String> lines, LinkWriter links) {
        if (frontmatter.endLine() == 0) {
            return "";
        }
        if (!frontmatter.isValid()) {
            String yaml = String.join("\n", lines.subList(1, Math.max(1, frontmatter.endLine() - 1)));
            return "<div class=\"properties-invalid\" data-line=\"1\"><div class=\"properties-problem\">"
                    + "Properties could not be read: " + Html.escape(frontmatter.problem().orElse("")) + "</div><pre>"
                    + Html.escape(yaml) + "</pre></div>\n";
        }
        if (frontmatter.values().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(512);
        out.append("<table class=\"properties\" data-line=\"1\"><tbody>\n");
        for (Map.Entry<String, List<String>> e : frontmatter.values().entrySet()) {
            int line = lineOf(e.getKey(), lines, frontmatter.endLine());
            out.append("<tr").append(line > 0 ? " data-line=\"" + line + "\"" : "").append("><th>")
                    .append(Html.escape(e.getKey())).append("</th><td>")
                    .append(values(e.getKey(), e.getValue(), line, links)).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String values(String key, List<String> values, int line, LinkWriter links) {
        if (values.stream().allMatch(String::isBlank)) {
            return "<span class=\"property-empty\">—</span>";
        }
        String k = key.toLowerCase(Locale.ROOT);
        boolean tags = k.equals("tags") || k.equals("tag");
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            if (tags) {
                for (String tag : value.split("[,\\s]+")) {
                    String t = tag.startsWith("#") ? tag.substring(1) : tag;
                    if (!t.isEmpty()) {
                        out.append(TaskHtml.tagPill(t)).append(' ');
                    }
                }
            } else {
                out.append("<span class=\"property-value\">").append(value(value.strip(), line, links))
                        .append("</span> ");
            }
        }
        return out.toString().stripTrailing();
    }

    /** A value is text with any {@code [[links]]} in it made live, or a web address as a whole. */
    static String value(String value, int line, LinkWriter links) {
        if (WEB_URL.matcher(value).matches()) {
            return links.markdown(value, value, line).wrap(value);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = value.indexOf("[["); open >= 0; open = value.indexOf("[[", at)) {
            int close = value.indexOf("]]", open + 2);
            if (close < 0) {
                break;
            }
            out.append(Html.escape(value.substring(at, open)));
            Link link = Link.parseWiki(value.substring(open + 2, close), line, LinkKind.FRONTMATTER);
            out.append(links.wiki(link).wrap(LinkWriter.display(link)));
            at = close + 2;
        }
        return out.append(Html.escape(value.substring(at))).toString();
    }

    /** The line where the key is written, for scrolling the editor to it; 0 when it cannot be told. */
    private static int lineOf(String key, List<String> lines, int endLine) {
        for (int i = 1; i < endLine - 1 && i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return 0;
    }
}
