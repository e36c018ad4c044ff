package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseMaskTest {
    @Test
    void blanksLinksUrlsAndTagsKeepingPositions() {
        String line = "a [[B|c]] ![[d]] [e](f.md) ![g](h.png) https://i.j/k #tag l#m n";
        String masked = ProseMask.blankLinks(line);
        assertEquals(line.length(), masked.length());
        assertEquals(List.of("a", "l#m", "n"), List.of(masked.strip().split("\\s+")));
    }

    @Test
    void aMarkdownLinkWithParenthesesInItsDestinationIsBlankedWhole() {
        assertEquals("x" + " ".repeat(20) + " y", ProseMask.blankLinks("x[w](https://a/(b)/c) y"));
    }

    @Test
    void frontmatterAndFencedCodeAreHiddenWholeLines() {
        List<String> lines = List.of("---", "title: A", "---", "A", "```", "A", "```", "`A` A");
        assertEquals(List.of("", "", "", "A", "", "", "", "    A"), ProseMask.of(lines));
    }

    @Test
    void anUnclosedFrontmatterFenceIsProseAsTheParserReadsIt() {
        assertEquals(List.of("---", "A"), ProseMask.of(List.of("---", "A")));
    }

    @Test
    void lineSpliceMapsARepairedRangeBackToTheMojibakeLine() {
        String written = "CafÃ© Dana";
        assertEquals("CafÃ© [[Dana]]", LineSplice.replace(written, "Café Dana", 5, 9, "[[Dana]]"));
        assertThrows(LineEditException.class, () -> LineSplice.replace(written, "Cafe Dana", 5, 9, "x"));
    }
}
