package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderEmbedsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private final MemoryVault vault = new MemoryVault()
            .note("Projects/Plan.md", """
                    ---
                    status: active
                    ---
                    # Plan
                    Intro paragraph.
                    ## Goals
                    - Ship it ^goal1
                    - [ ] Write the brief @Ann 📅 2026-01-10
                    ### Stretch
                    - Go faster
                    ## Risks
                    - Late delivery
                    """)
            .note("Loops/A.md", "# A\nA text\n\n![[B]]\n")
            .note("Loops/B.md", "# B\nB text\n\n![[A]]\n")
            .note("Deep/One.md", "one body\n\n![[Two]]\n")
            .note("Deep/Two.md", "two body\n\n![[Three]]\n")
            .note("Deep/Three.md", "three body\n\n![[Four]]\n")
            .note("Deep/Four.md", "four body\n")
            .note("Self.md", "self body\n\n![[Self]]\n")
            .file("Attachments/diagram.png", PNG)
            .file("Attachments/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())
            .file("Attachments/huge.png", new byte[Images.MAX_BYTES + 1]);
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(vault);

    private String article(String path, String text) {
        String page = renderer.render(path, text, Theme.LIGHT).html();
        PageChecker.assertSafe(page);
        return PageChecker.article(page);
    }

    @Test
    void noteEmbedShowsTheBodyInABoxWithoutItsFrontmatter() {
        String html = article("Meetings/M.md", "Before\n\n![[Plan]]\n\nAfter\n");
        assertTrue(html.contains("<div class=\"embed\" data-embed-path=\"Projects/Plan.md\" data-line=\"3\">"), html);
        assertTrue(html.contains("<div class=\"embed-title\"><a class=\"internal\" href=\"vaultdesk://note/Projects%2FPlan.md\""), html);
        assertTrue(html.contains("<h2>Goals</h2>"), "embedded headings carry no id or line of the host: " + html);
        assertTrue(html.contains("Late delivery"), html);
        assertFalse(html.contains("status"), "no properties inside an embed: " + html);
        assertFalse(html.contains("<p data-line=\"3\">"), "the embed is not inside a paragraph: " + html);
    }

    @Test
    void headingEmbedShowsOnlyThatSectionWithItsSubsections() {
        String html = article("Meetings/M.md", "![[Plan#Goals]]\n");
        assertTrue(html.contains("Ship it"), html);
        assertTrue(html.contains("Go faster"), "a deeper heading belongs to the section: " + html);
        assertFalse(html.contains("Intro paragraph"), html);
        assertFalse(html.contains("Late delivery"), html);
        assertTrue(html.contains(">Plan &gt; Goals</a>"), html);
    }

    @Test
    void blockEmbedShowsTheBlockWithoutItsId() {
        String html = article("Meetings/M.md", "![[Plan#^goal1]]\n");
        assertTrue(html.contains("<li>Ship it</li>"), html);
        assertFalse(html.contains("Write the brief"), html);
    }

    @Test
    void missingSectionSaysSo() {
        String html = article("Meetings/M.md", "![[Plan#Nope]]\n");
        assertTrue(html.contains("<div class=\"embed-stopped\">No section &quot;Nope&quot; in this note.</div>"), html);
    }

    @Test
    void embeddedTasksAreCheckboxesOfTheEmbeddedFile() {
        RenderedNote note = renderer.render("Meetings/M.md", "# M\n- [ ] mine\n\n![[Plan]]\n", Theme.LIGHT);
        assertEquals(List.of("Meetings/M.md:2", "Projects/Plan.md:8"),
                note.tasks().stream().map(t -> t.path() + ":" + t.line()).toList());
        assertTrue(note.html().contains("data-task-path=\"Projects/Plan.md\" data-task-line=\"8\""), note.html());
    }

    @Test
    void imageEmbedIsADataUriWithItsWidth() {
        String html = article("Meetings/M.md", "![[diagram.png|300]] and ![[diagram.png|320x200]] and ![[diagram.png|The flow]]\n");
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
        assertTrue(html.contains("<img class=\"vault-image\" src=\"" + uri + "\" alt=\"diagram.png\" width=\"300\">"), html);
        assertTrue(html.contains("alt=\"diagram.png\" width=\"320\" height=\"200\">"), html);
        assertTrue(html.contains("alt=\"The flow\">"), html);
    }

    @Test
    void markdownImageInTheVaultIsInlinedToo() {
        String html = article("Meetings/M.md", "![Flow](../Attachments/diagram.png) ![Logo](/Attachments/logo.svg)\n");
        assertTrue(html.contains("src=\"data:image/png;base64,"), html);
        assertTrue(html.contains("src=\"data:image/svg+xml;base64,"), "SVG only ever as an <img> data URI: " + html);
    }

    @Test
    void missingAndOversizedImagesArePlaceholders() {
        String html = article("Meetings/M.md", "![[nothere.png]] ![[huge.png]]\n");
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<span class=\"image-missing\" title=\"Not found: nothere.png\">nothere.png</span>"), html);
        assertTrue(html.contains("larger than 8 MB"), html);
    }

    @Test
    void aCycleOfEmbedsStops() {
        String html = article("Loops/A.md", "# A\nA text\n\n![[B]]\n");
        assertTrue(html.contains("B text"), html);
        assertTrue(html.contains("already shown above"), html);
        assertEquals(1, html.split("A text", -1).length - 1, "A is not shown again inside B: " + html);
    }

    @Test
    void aNoteEmbeddingItselfStops() {
        String html = article("Self.md", "self body\n\n![[Self]]\n");
        assertEquals(1, html.split("self body", -1).length - 1, html);
        assertTrue(html.contains("already shown above"), html);
    }

    @Test
    void embedsGoTwoLevelsDeep() {
        String html = article("Deep/One.md", "one body\n\n![[Two]]\n");
        assertTrue(html.contains("two body"), html);
        assertTrue(html.contains("three body"), html);
        assertFalse(html.contains("four body"), html);
        assertTrue(html.contains("Embedded too deep to show here."), html);
    }

    @Test
    void embedInRunningTextIsALinkAndAMissingNoteEmbedIsUnresolved() {
        String html = article("Meetings/M.md", "See ![[Plan]] for more. ![[Ghost]]\n");
        assertTrue(html.contains("<a class=\"internal embed-link\" href=\"vaultdesk://note/Projects%2FPlan.md\""), html);
        assertTrue(html.contains("<a class=\"unresolved embed-link\" href=\"vaultdesk://create/Ghost\""), html);
        assertFalse(html.contains("Intro paragraph"), html);
    }
}
