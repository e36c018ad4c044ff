package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of a rendered page tag by tag, strictly: every attribute must be name="value" with the value free
 * of '"', '<' and '>'. Anything the renderer let through unescaped breaks that shape, so a failed read is itself a
 * finding. Then it checks every tag against what the page may contain.
 */
final class PageChecker {
    record Tag(String name, Map<String, String> attributes) {
    }

    private static final Set<String> ALLOWED_TAGS = Set.of("article", "table", "thead", "tbody", "tr", "th", "td",
            "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "a", "span", "strong", "em", "del",
            "code", "pre", "blockquote", "hr", "img", "input", "div");

    private PageChecker() {
    }

    /** The article element: what the note produced, without the head's stylesheet. */
    static String article(String page) {
        int from = page.indexOf("<article");
        int to = page.lastIndexOf("</article>");
        if (from < 0 || to < 0) {
            fail("no article in page");
        }
        return page.substring(from, to + "</article>".length());
    }

    static List<Tag> tags(String html) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            int j = i + 1;
            boolean closing = j < html.length() && html.charAt(j) == '/';
            if (closing) {
                j++;
            }
            int nameStart = j;
            while (j < html.length() && Character.isLetterOrDigit(html.charAt(j))) {
                j++;
            }
            String name = html.substring(nameStart, j).toLowerCase();
            if (name.isEmpty()) {
                fail("a '<' that starts no tag, at " + i + ": " + around(html, i));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            while (true) {
                while (j < html.length() && html.charAt(j) == ' ') {
                    j++;
                }
                if (j >= html.length()) {
                    fail("unterminated tag at " + i);
                }
                char c = html.charAt(j);
                if (c == '>') {
                    break;
                }
                if (c == '/' && j + 1 < html.length() && html.charAt(j + 1) == '>') {
                    j++;
                    break;
                }
                int attrStart = j;
                while (j < html.length() && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-')) {
                    j++;
                }
                String attr = html.substring(attrStart, j).toLowerCase();
                if (attr.isEmpty()) {
                    fail("unexpected '" + c + "' in tag: " + around(html, i));
                }
                String value = "";
                if (j < html.length() && html.charAt(j) == '=') {
                    if (html.charAt(j + 1) != '"') {
                        fail("unquoted attribute value: " + around(html, i));
                    }
                    int close = html.indexOf('"', j + 2);
                    value = html.substring(j + 2, close);
                    if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
                        fail("'<' or '>' inside an attribute value: " + around(html, i));
                    }
                    j = close + 1;
                }
                if (attributes.put(attr, value) != null) {
                    fail("attribute twice: " + attr + " in " + around(html, i));
                }
            }
            if (!closing) {
                tags.add(new Tag(name, attributes));
            }
            i = j + 1;
        }
        return tags;
    }

    /** Fails unless every tag is allowed, no attribute is an event handler, and links and images go only where allowed. */
    static void assertSafe(String page) {
        for (Tag tag : tags(article(page))) {
            if (!ALLOWED_TAGS.contains(tag.name())) {
                fail("tag not allowed: " + tag);
            }
            for (Map.Entry<String, String> a : tag.attributes().entrySet()) {
                String name = a.getKey();
                String value = a.getValue();
                if (name.startsWith("on") || name.equals("style") || name.equals("srcset") || name.equals("formaction")) {
                    fail("attribute not allowed: " + tag);
                }
                if (name.equals("href") && !(value.startsWith("https://") || value.startsWith("http://")
                        || value.startsWith("mailto:") || value.startsWith("vaultdesk://") || value.startsWith("#"))) {
                    fail("href not allowed: " + tag);
                }
                if (name.equals("src") && !value.startsWith("data:image/")) {
                    fail("src not allowed: " + tag);
                }
            }
            if (tag.name().equals("img") && !tag.attributes().containsKey("src")) {
                fail("img without src: " + tag);
            }
        }
    }

    static List<Tag> withClass(String page, String tagName, String cssClass) {
        return tags(article(page)).stream().filter(t -> t.name().equals(tagName))
                .filter(t -> (" " + t.attributes().getOrDefault("class", "") + " ").contains(" " + cssClass + " "))
                .toList();
    }

    private static String around(String html, int at) {
        return html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 120));
    }
}
