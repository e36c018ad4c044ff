package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {
    private static List<Link> links(String line) {
        List<Link> out = new ArrayList<>();
        LinkExtractor.collect(line, 3, out, false);
        return out;
    }

    @Test
    void everyWikiLinkForm() {
        List<Link> l = links("[[A]] [[B|alias]] [[F/C]] [[D#Heading]] [[E#^blk|x]] [[#Local]] ![[G.png]] [[H.md]]");
        assertEquals(List.of(
                new Link(3, LinkKind.WIKI, "A", "", ""),
                new Link(3, LinkKind.WIKI, "B", "", "alias"),
                new Link(3, LinkKind.WIKI, "F/C", "", ""),
                new Link(3, LinkKind.WIKI, "D", "Heading", ""),
                new Link(3, LinkKind.WIKI, "E", "^blk", "x"),
                new Link(3, LinkKind.WIKI, "", "Local", ""),
                new Link(3, LinkKind.EMBED, "G.png", "", ""),
                new Link(3, LinkKind.WIKI, "H.md", "", "")), l);
    }

    @Test
    void tablePipeEscape() {
        assertEquals("A", links("| [[A\\|shown]] |").get(0).target());
    }

    @Test
    void markdownLinksToLocalNotesOnly() {
        List<Link> l = links("[one](../People/Ann%20Lee.md) [two](<Some Note.md#Part>) [web](https://x.org/a.md) "
                + "[img](pic.png) [mail](mailto:a@b.md)");
        assertEquals(List.of(
                new Link(3, LinkKind.MARKDOWN, "../People/Ann Lee.md", "", "one"),
                new Link(3, LinkKind.MARKDOWN, "Some Note.md", "Part", "two")), l);
    }

    @Test
    void unclosedAndNestedBrackets() {
        assertEquals(List.of(), links("[[never closed"));
        assertEquals(List.of(new Link(3, LinkKind.WIKI, "inner", "", "")), links("[[outer [[inner]]"));
    }

    @Test
    void frontmatterLinks() {
        List<Link> out = new ArrayList<>();
        LinkExtractor.collect("account: \"[[Microsoft|MS]]\"", 2, out, true);
        assertEquals(List.of(new Link(2, LinkKind.FRONTMATTER, "Microsoft", "", "MS")), out);
    }
}
