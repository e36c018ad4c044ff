package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing a note says may become script, an event handler, a network load or a link out of the allow-list. */
class RenderSecurityTest {
    private final MemoryVault vault = new MemoryVault()
            .note("People/Ann.md", "# Ann\n")
            .note("Meetings/M.md", "# M\n")
            .file("Attachments/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(vault);

    private String render(String text) {
        String page = renderer.render("Meetings/M.md", text, Theme.LIGHT).html();
        PageChecker.assertSafe(page);
        return page;
    }

    private static String article(String page) {
        return PageChecker.article(page);
    }

    @Test
    void pageForbidsScriptsAndNetworkInItsPolicy() {
        String page = render("# Hi\n");
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "img-src data:; style-src 'unsafe-inline'"), page);
        int policy = page.indexOf("Content-Security-Policy");
        assertTrue(policy < page.indexOf("<style>"), "the policy must come before anything it governs");
    }

    @Test
    void scriptBlocksAndInlineScriptsAreText() {
        String page = render("<script>alert(1)</script>\n\nText <script>alert(2)</script> more\n");
        assertFalse(page.toLowerCase().contains("<script"), page);
        assertTrue(article(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(article(page).contains("&lt;script&gt;alert(2)&lt;/script&gt;"), page);
    }

    @Test
    void htmlBlockKeepsItsLineAndShowsAsText() {
        String page = render("para\n\n<div onclick=\"x()\">hi</div>\n");
        assertTrue(article(page).contains("<p class=\"raw-html\" data-line=\"3\">&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;</p>"), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<object data=x></object>",
        "<style>body{display:none}</style>",
        "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<form action=https://evil.example><button>go</button></form>"})
    void rawHtmlIsNeverPassedThrough(String html) {
        String article = article(render(html + "\n\ninline " + html + " here\n"));
        assertFalse(article.contains(html), article);
        assertTrue(article.contains(Html.escape(html)), article);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x](C:\\Windows\\win.ini)",
        "[x](//evil.example/path)",
        "[x](vaultdesk://note/..%2F..%2Fetc%2Fpasswd)",
        "[x](vaultdesk://run/anything)"})
    void linksOutsideTheAllowListAreSpans(String markdown) {
        String page = render(markdown + "\n");
        List<PageChecker.Tag> anchors = PageChecker.tags(article(page)).stream().filter(t -> t.name().equals("a")).toList();
        assertEquals(List.of(), anchors, page);
        assertEquals(1, PageChecker.withClass(page, "span", "link-blocked").size(), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](../../etc/passwd)",
        "[x](../../../outside.md)",
        "[x](/../secret.md)",
        "[[../../../etc/passwd]]",
        "[x](Attachments/../../../x.md)"})
    void relativePathsThatLeaveTheVaultAreNeutralised(String markdown) {
        String page = render(markdown + "\n");
        assertTrue(PageChecker.withClass(page, "a", "internal").isEmpty(), page);
        assertTrue(PageChecker.withClass(page, "a", "unresolved").isEmpty(), page);
        assertEquals(1, PageChecker.withClass(page, "span", "link-blocked").size(), page);
    }

    @Test
    void eventHandlersInAWikiAliasStayText() {
        String page = render("[[Ann|x\" onmouseover=\"alert(1)]] and [[Ann|<b onclick=alert(1)>bold</b>]]\n");
        List<PageChecker.Tag> links = PageChecker.withClass(page, "a", "internal");
        assertEquals(2, links.size(), page);
        assertTrue(article(page).contains(">x&quot; onmouseover=&quot;alert(1)</a>"), page);
        assertTrue(article(page).contains(">&lt;b onclick=alert(1)&gt;bold&lt;/b&gt;</a>"), page);
    }

    @Test
    void aQuoteInALinkTargetCannotCloseTheAttribute() {
        String page = render("[[Evil\" onclick=\"alert(1)]] and [x](https://example.com/\"onmouseover=\"alert(1)) "
                + "and [y](Some\"Note.md)\n");
        PageChecker.Tag create = PageChecker.withClass(page, "a", "unresolved").get(0);
        assertEquals("vaultdesk://create/Evil%22%20onclick%3D%22alert%281%29", create.attributes().get("href"));
        PageChecker.Tag external = PageChecker.withClass(page, "a", "external").get(0);
        assertEquals("https://example.com/&quot;onmouseover=&quot;alert(1)", external.attributes().get("href"));
        assertEquals(2, PageChecker.withClass(page, "a", "unresolved").size(), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![tracker](http://evil.example/pixel.png)",
        "![tracker](https://evil.example/pixel.png)",
        "![x][img]\n\n[img]: https://evil.example/a.png",
        "![[https://evil.example/pixel.png]]",
        "![x](javascript:alert(1))",
        "![x](file:///etc/passwd)"})
    void networkAndForeignImagesAreNotLoaded(String markdown) {
        String page = render(markdown + "\n");
        assertFalse(article(page).contains("<img"), page);
        for (PageChecker.Tag tag : PageChecker.tags(PageChecker.article(page))) {
            tag.attributes().forEach((name, value) -> assertTrue(!value.contains("evil.example") || name.equals("title"),
                    "only a tooltip may name the address: " + tag));
        }
    }

    @Test
    void webImageShowsItsAltTextInAPlaceholder() {
        String page = render("![The team photo](https://example.com/team.jpg)\n");
        assertTrue(article(page).contains("<span class=\"image-blocked\" title=\"Web image not loaded: "
                + "https://example.com/team.jpg\">The team photo</span>"), page);
    }

    @Test
    void propertiesAreEscapedToo() {
        String page = render("---\ntitle: \"</title><script>alert(1)</script>\"\nowner: \"[[Ann|<img src=x onerror=alert(1)>]]\"\n"
                + "\"<b>key</b>\": value\n---\nbody\n");
        assertFalse(page.toLowerCase().contains("<script"), page);
        assertTrue(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"), page);
        assertTrue(article(page).contains(">&lt;img src=x onerror=alert(1)&gt;</a>"), page);
        assertTrue(article(page).contains("<th>&lt;b&gt;key&lt;/b&gt;</th>"), page);
    }

    @Test
    void appLinksWrittenInANoteAreRewrittenInCanonicalForm() {
        String page = render("[open](vaultdesk://note/People/Ann.md#Contact) and [make](VAULTDESK://create/New)\n");
        List<PageChecker.Tag> links = PageChecker.withClass(page, "a", "internal");
        assertEquals("vaultdesk://note/People%2FAnn.md#Contact", links.get(0).attributes().get("href"));
        assertEquals("vaultdesk://create/New", links.get(1).attributes().get("href"));
    }

    @Test
    void aNastyNoteAsAWholeStaysInsideTheAllowList() {
        String nasty = """
                ---
                title: x
                related: ["[[Ann]]", "<svg onload=alert(1)>", "javascript:alert(1)"]
                ---
                # <img src=x onerror=alert(1)> heading
                - [ ] task with <script>x</script> and [link](javascript:void(0)) @Ann 📅 2025-01-01
                > [!note] <iframe src=x>
                > [[Ann|"><script>alert(1)</script>]] ![[Attachments/pic.png|"><svg onload=x>]]
                | a | <b onmouseover=x>b</b> |
                |---|---|
                | [x](data:text/html,hi) | ![](http://x/y.png) |
                <details open ontoggle=alert(1)>
                &lt;script&gt; &#60;script&#62; &#x3C;script&#x3E;
                """;
        String page = render(nasty);
        assertFalse(page.toLowerCase().contains("<script"), page);
        assertFalse(page.toLowerCase().contains("<svg"), page);
        assertFalse(page.toLowerCase().contains("<iframe"), page);
        assertFalse(page.toLowerCase().contains("<details"), page);
    }
}
