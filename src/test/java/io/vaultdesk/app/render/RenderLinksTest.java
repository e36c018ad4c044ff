package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way of writing a link ends as the right href, class and text. */
class RenderLinksTest {
    private final MemoryVault vault = new MemoryVault()
            .note("People/Ann.md", "# Ann\n## Contact Details\n")
            .note("People/Ann B.md", "# Ann B\n")
            .note("Projects/Plan.md", "# Plan\n")
            .note("Archive/Plan.md", "# Old plan\n")
            .note("Meetings/Weekly.md", "# Weekly\n")
            .file("Attachments/spec.pdf", new byte[] {1});
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(vault);

    /** The one link the line renders to: [class, href, text]. */
    private List<String> onlyLink(String markdown) {
        String page = renderer.render("Meetings/Weekly.md", markdown + "\n", Theme.LIGHT).html();
        PageChecker.assertSafe(page);
        String article = PageChecker.article(page);
        int open = article.indexOf("<a ");
        assertTrue(open >= 0, article);
        assertEquals(-1, article.indexOf("<a ", open + 1), "one link only: " + article);
        PageChecker.Tag tag = PageChecker.tags(article.substring(open)).get(0);
        int textStart = article.indexOf('>', open) + 1;
        String text = article.substring(textStart, article.indexOf("</a>", textStart));
        return List.of(tag.attributes().get("class"), tag.attributes().get("href"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "[[Ann]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md ¦ Ann",
        "[[Ann|Annie]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md ¦ Annie",
        "[[People/Ann]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md ¦ People/Ann",
        "[[ann.md]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md ¦ ann.md",
        "[[Archive/Plan]] ¦ internal ¦ vaultdesk://note/Archive%2FPlan.md ¦ Archive/Plan",
        "[[Ann#Contact Details]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md#contact-details ¦ Ann &gt; Contact Details",
        "[[Ann#Contact Details|how to reach]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md#contact-details ¦ how to reach",
        "[[Ann#^abc123]] ¦ internal ¦ vaultdesk://note/People%2FAnn.md#%5Eabc123 ¦ Ann &gt; ^abc123",
        "[[#Next Steps]] ¦ internal ¦ vaultdesk://heading/next-steps ¦ Next Steps",
        "[[Nobody Yet]] ¦ unresolved ¦ vaultdesk://create/Nobody%20Yet ¦ Nobody Yet",
        "[[Ideas/Nobody|someone]] ¦ unresolved ¦ vaultdesk://create/Ideas%2FNobody ¦ someone",
        "[[spec.pdf]] ¦ internal ¦ vaultdesk://note/Attachments%2Fspec.pdf ¦ spec.pdf",
        "[Ann](../People/Ann.md) ¦ internal ¦ vaultdesk://note/People%2FAnn.md ¦ Ann",
        "[Ann B](../People/Ann%20B.md) ¦ internal ¦ vaultdesk://note/People%2FAnn%20B.md ¦ Ann B",
        "[Ann B](<../People/Ann B.md>) ¦ internal ¦ vaultdesk://note/People%2FAnn%20B.md ¦ Ann B",
        "[contact](../People/Ann.md#Contact%20Details) ¦ internal ¦ vaultdesk://note/People%2FAnn.md#contact-details ¦ contact",
        "[root](/Projects/Plan.md) ¦ internal ¦ vaultdesk://note/Projects%2FPlan.md ¦ root",
        "[new](Missing.md) ¦ unresolved ¦ vaultdesk://create/Meetings%2FMissing.md ¦ new",
        "[below](#Next%20Steps) ¦ internal ¦ vaultdesk://heading/next-steps ¦ below",
        "[site](https://example.com/a?b=1&c=2) ¦ external ¦ https://example.com/a?b=1&amp;c=2 ¦ site",
        "<https://example.com> ¦ external ¦ https://example.com ¦ https://example.com",
        "[mail](mailto:ann@example.com) ¦ external mail ¦ mailto:ann@example.com ¦ mail",
        "<ann@example.com> ¦ external mail ¦ mailto:ann@example.com ¦ ann@example.com"})
    void rendersEachLinkForm(String markdown, String cssClass, String href, String text) {
        assertEquals(List.of(cssClass, href, text), onlyLink(markdown));
    }

    @Test
    void unresolvedLinksAreStyledApartFromResolvedOnes() {
        String page = renderer.render("Meetings/Weekly.md", "[[Ann]] and [[Ghost]]\n", Theme.DARK).html();
        assertEquals(1, PageChecker.withClass(page, "a", "internal").size());
        assertEquals(1, PageChecker.withClass(page, "a", "unresolved").size());
        assertTrue(page.contains("a.unresolved {"), "the stylesheet styles unresolved links");
    }

    @Test
    void nothingInCodeIsALink() {
        String page = renderer.render("Meetings/Weekly.md",
                "`[[Ann]]` and\n\n```\n[[Ann]] [x](https://example.com)\n```\n\n    [[Ann]]\n", Theme.LIGHT).html();
        assertTrue(PageChecker.tags(PageChecker.article(page)).stream().noneMatch(t -> t.name().equals("a")), page);
        assertTrue(page.contains("<code>[[Ann]]</code>"), page);
    }

    @Test
    void aWikiLinkInATableCellKeepsItsEscapedPipe() {
        String page = renderer.render("Meetings/Weekly.md",
                "| who | note |\n|---|---|\n| [[Ann\\|Annie]] | x |\n", Theme.LIGHT).html();
        List<PageChecker.Tag> links = PageChecker.withClass(page, "a", "internal");
        assertEquals(1, links.size(), page);
        assertTrue(page.contains(">Annie</a>"), page);
    }

    @Test
    void tagsBecomePillsButNotInsideWordsOrCode() {
        String article = PageChecker.article(renderer.render("Meetings/Weekly.md",
                "#project/alpha kickoff with #ann-b, issue#12, #123 and `#code`\n", Theme.LIGHT).html());
        assertTrue(article.contains("<span class=\"tag\">#project/alpha</span> kickoff"), article);
        assertTrue(article.contains("<span class=\"tag\">#ann-b</span>,"), article);
        assertTrue(article.contains("issue#12, #123 and <code>#code</code>"), article);
    }
}
