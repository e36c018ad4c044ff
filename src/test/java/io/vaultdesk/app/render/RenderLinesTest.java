package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** data-line is the 1-based line of the file, whatever the frontmatter and line endings. */
class RenderLinesTest {
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(new MemoryVault().note("A.md", "# A\n"));

    private static final String BODY = String.join("\n",
            "# Title",
            "",
            "First paragraph",
            "still first",
            "",
            "- one",
            "  - nested",
            "1. ordered",
            "",
            "> quote",
            "",
            "```",
            "code",
            "```",
            "",
            "| a | b |",
            "|---|---|",
            "| 1 | 2 |",
            "",
            "---",
            "## Next");

    /** tag name with its data-line, in page order, for the tags that have one. */
    private static List<String> lines(String page) {
        return PageChecker.tags(PageChecker.article(page)).stream()
                .filter(t -> t.attributes().containsKey("data-line"))
                .map(t -> t.name() + ":" + t.attributes().get("data-line"))
                .toList();
    }

    private static List<String> expected(int offset) {
        return List.of("h1:" + (1 + offset), "p:" + (3 + offset), "ul:" + (6 + offset), "li:" + (6 + offset),
                "ul:" + (7 + offset), "li:" + (7 + offset), "ol:" + (8 + offset), "li:" + (8 + offset),
                "blockquote:" + (10 + offset), "p:" + (10 + offset), "pre:" + (12 + offset),
                "table:" + (16 + offset), "tr:" + (16 + offset), "tr:" + (18 + offset), "hr:" + (20 + offset), "h2:" + (21 + offset));
    }

    @Test
    void withoutFrontmatter() {
        assertEquals(expected(0), lines(renderer.render("N.md", BODY, Theme.LIGHT).html()));
    }

    @Test
    void withFrontmatterTheLinesCountFromTheTopOfTheFile() {
        String text = "---\ntitle: T\ntags: [a]\n---\n" + BODY;
        List<String> lines = lines(renderer.render("N.md", text, Theme.LIGHT).html());
        assertEquals("table:1", lines.get(0), "the properties table stands for the frontmatter");
        assertEquals(expected(4), lines.stream().filter(l -> !l.equals("tr:2") && !l.equals("tr:3"))
                .skip(1).toList());
    }

    @Test
    void withCrlfAndLoneCrLineEndings() {
        String text = ("---\r\ntitle: T\r\n---\r\n" + BODY).replace("\n", "\r\n").replace("\r\r\n", "\r\n");
        assertEquals(expected(3), lines(renderer.render("N.md", text, Theme.LIGHT).html()).stream()
                .filter(l -> !l.equals("tr:2")).skip(1).toList());
        String oldMac = "# One\r\rtwo\r";
        assertEquals(List.of("h1:1", "p:3"), lines(renderer.render("N.md", oldMac, Theme.LIGHT).html()));
    }

    @Test
    void headingIdsAreSlugsAndUniqueOnThePage() {
        RenderedNote note = renderer.render("N.md", "# Notes\n## Notes\n## Bob's **Plan** (Q3)\n### Notes\n## Notes 1\n",
                Theme.LIGHT);
        assertEquals(List.of("notes", "notes-1", "bobs-plan-q3", "notes-2", "notes-1-1"),
                note.headings().stream().map(RenderedHeading::id).toList());
        assertTrue(note.html().contains("<h2 data-line=\"3\" id=\"bobs-plan-q3\">"), note.html());
        assertEquals(new RenderedHeading(3, 2, "Bob's **Plan** (Q3)", "bobs-plan-q3"), note.headings().get(2));
    }

    @Test
    void aLinkToAHeadingCarriesThatHeadingsId() {
        String page = renderer.render("N.md", "## Bob's **Plan** (Q3)\n[[#Bob's **Plan** (Q3)]] [[A#Bob's Plan (Q3)]]\n",
                Theme.LIGHT).html();
        assertTrue(page.contains("href=\"vaultdesk://heading/bobs-plan-q3\""), page);
        assertTrue(page.contains("href=\"vaultdesk://note/A.md#bobs-plan-q3\""), page);
    }

    @Test
    void blockIdsAreHiddenAndTheirLinesReported() {
        RenderedNote note = renderer.render("N.md", "---\na: 1\n---\nA claim ^claim-1\n\n- [ ] a task ^t1\n",
                Theme.LIGHT);
        assertEquals(Map.of("claim-1", 4, "t1", 6), note.blockLines());
        assertTrue(note.html().contains("<p data-line=\"4\">A claim</p>"), note.html());
    }
}
