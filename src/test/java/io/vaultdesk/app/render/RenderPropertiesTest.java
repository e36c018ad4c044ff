package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderPropertiesTest {
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(new MemoryVault()
            .note("Accounts/Nimbus Cloud.md", "# Nimbus\n")
            .note("People/Dana Whitfield.md", "# Dana\n"));

    private String article(String text) {
        String page = renderer.render("Meetings/M.md", text, Theme.LIGHT).html();
        PageChecker.assertSafe(page);
        return PageChecker.article(page);
    }

    @Test
    void frontmatterIsATableOfPropertiesNotText() {
        String html = article("""
                ---
                type: customer
                date: 2026-11-05
                account: "[[Nimbus Cloud]]"
                participants:
                - "[[Dana Whitfield]]"
                - Someone Else
                tags:
                - type/customer
                - account/nimbus-cloud
                link: https://example.com/deal
                empty:
                ---
                # Body
                """);
        assertTrue(html.startsWith("<article class=\"note\" data-path=\"Meetings/M.md\">\n<table class=\"properties\" data-line=\"1\">"), html);
        assertTrue(html.contains("<tr data-line=\"2\"><th>type</th><td><span class=\"property-value\">customer</span></td></tr>"), html);
        assertTrue(html.contains("<th>date</th><td><span class=\"property-value\">2026-11-05</span>"), html);
        assertTrue(html.contains("<th>account</th><td><span class=\"property-value\"><a class=\"internal\" href=\"vaultdesk://note/Accounts%2FNimbus%20Cloud.md\""), html);
        assertTrue(html.contains(">Dana Whitfield</a></span> <span class=\"property-value\">Someone Else</span>"), html);
        assertTrue(html.contains("<th>tags</th><td><span class=\"tag\">#type/customer</span> <span class=\"tag\">#account/nimbus-cloud</span></td>"), html);
        assertTrue(html.contains("<a class=\"external\" href=\"https://example.com/deal\""), html);
        assertTrue(html.contains("<th>empty</th><td><span class=\"property-empty\">—</span>"), html);
        assertFalse(html.contains("<hr"), "the fences are not thematic breaks");
        assertFalse(html.contains("type: customer"), html);
        assertTrue(html.contains("<h1 data-line=\"14\" id=\"body\">Body</h1>"), html);
    }

    @Test
    void invalidFrontmatterIsExplainedAndShownAsItIs() {
        String html = article("---\ntitle: [unclosed\n---\nBody\n");
        assertTrue(html.contains("<div class=\"properties-invalid\" data-line=\"1\"><div class=\"properties-problem\">Properties could not be read: invalid YAML"), html);
        assertTrue(html.contains("<pre>title: [unclosed</pre>"), html);
        assertTrue(html.contains("<p data-line=\"4\">Body</p>"), html);
    }

    @Test
    void noFrontmatterNoTableAndAnUnclosedFenceIsMarkdown() {
        assertFalse(article("# Just a note\n").contains("properties"));
        String html = article("---\nnot closed\n");
        assertFalse(html.contains("properties"), html);
        assertEquals(1, html.split("<hr", -1).length - 1, html);
    }
}
