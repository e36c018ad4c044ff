package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoteParserTest {
    private final NoteParser parser = new NoteParser();

    private ParsedNote parse(String text) {
        return parser.parse("Notes/n.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void crlfKeepsLineNumbersAndText() {
        ParsedNote n = parse("---\r\ntype: meeting\r\n---\r\n# T\r\n\r\n- [ ] a @Bo 📅 2025-01-02\r\n[[X]]\r\n");
        assertEquals(6, n.tasks().get(0).line());
        assertEquals("Bo", n.tasks().get(0).ownerRun());
        assertEquals(7, n.links().get(0).line());
        assertEquals(Set.of(), n.damage());
    }

    @Test
    void bomBeforeFrontmatterStillCounts() {
        byte[] text = "\uFEFF---\ntype: meeting\n---\n- [ ] a".getBytes(StandardCharsets.UTF_8);
        ParsedNote n = parser.parse("n.md", text);
        assertEquals(List.of("meeting"), n.frontmatter().get("type"));
        assertEquals(4, n.tasks().get(0).line());
    }

    @Test
    void nothingInCodeOrCommentsCounts() {
        ParsedNote n = parse("""
                ```
                - [ ] in fence [[InFence]] #infence
                ```
                ~~~~md
                - [ ] in tilde fence
                ~~~~
                `- [ ] inline` and `[[InCode]]` and `#incode`
                <!-- - [ ] hidden [[Hidden]] #hidden -->
                <!-- starts
                - [ ] still hidden [[Hidden2]]
                ends --> [[Visible]] #visible
                - [ ] real task [[Real]] #real
                """);
        assertEquals(1, n.tasks().size());
        assertEquals("real task [[Real]]", n.tasks().get(0).description());
        assertEquals(List.of("Visible", "Real"), n.links().stream().map(Link::target).toList());
        assertEquals(List.of("visible", "real"), n.tags());
    }

    @Test
    void brokenYamlStillReadsTheBody() {
        ParsedNote n = parse("---\nparticipants: [Bob\ndate: 2025-01-01\n---\n- [ ] a [[X]]\n");
        assertEquals(Set.of(Damage.INVALID_YAML), n.damage());
        assertFalse(n.properties().isMeeting());
        assertEquals(1, n.tasks().size());
        assertEquals(List.of("X"), n.links().stream().map(Link::target).toList());
        assertTrue(n.warnings().get(0).startsWith("invalid YAML"));
    }

    @Test
    void frontmatterLinksTagsAndProperties() {
        ParsedNote n = parse("""
                ---
                account: "[[Acme Corp|Acme]]"
                attendees: ["[[Ann Lee]]", Bo]
                date: 2025-03-04
                tags: [meeting, "#client/acme"]
                aliases: [AC]
                ---
                Body #inline
                """);
        assertTrue(n.properties().isMeeting());
        assertEquals(List.of("Acme Corp"), n.properties().accounts());
        assertEquals(List.of("Ann Lee", "Bo"), n.properties().participants());
        assertEquals(List.of("AC"), n.properties().aliases());
        assertEquals(List.of("meeting", "client/acme", "inline"), n.tags());
        assertEquals(List.of(LinkKind.FRONTMATTER, LinkKind.FRONTMATTER),
                n.links().stream().map(Link::kind).toList());
        assertEquals(List.of(2, 3), n.links().stream().map(Link::line).toList());
    }

    @Test
    void aTagStringIsCutAtCommasAndWhitespace() {
        assertEquals(List.of("a", "b", "c/d", "e", "f"),
                parse("---\ntags: \"a, b  #c/d,,e\\tf \"\n---\n").tags());
        assertEquals(List.of("x", "y"), parse("---\ntag: x\ntags:\n  - ' x'\n  - y,\n---\n").tags());
        assertEquals(List.of(), parse("---\ntags: ' , '\n---\n").tags());
    }

    @Test
    void typeMeetingAloneIsAMeeting() {
        assertTrue(parse("---\ntype: Meeting\n---\n").properties().isMeeting());
        assertFalse(parse("---\ntype: person\ndate: 2025-01-01\n---\n").properties().isMeeting());
        assertFalse(parse("---\ndate: '{{date}}'\nparticipants: ['{{participants}}']\n---\n").properties().isMeeting(),
                "a meeting template is not a meeting");
    }

    @Test
    void tasksKnowTheirHeadingAndHeadingsTheirLevel() {
        ParsedNote n = parse("# Title\n## Action Items ##\n- [ ] a\n#notaheading\n### Later\n* [x] b");
        assertEquals(List.of("Action Items", "Later"), n.tasks().stream().map(TaskLine::heading).toList());
        assertEquals(List.of(1, 2, 3), n.headings().stream().map(Heading::level).toList());
        assertEquals(List.of("notaheading"), n.tags());
    }

    @Test
    void binaryNoteHasNothing() {
        ParsedNote n = parser.parse("b.md", new byte[] {1, 0, 2, '[', '[', 'x', ']', ']'});
        assertEquals(Set.of(Damage.BINARY), n.damage());
        assertTrue(n.links().isEmpty() && n.tasks().isEmpty());
    }

    @Test
    void tagsNeedANonDigitAndALeadingSpace() {
        assertEquals(List.of("a1", "x/y-z_w"), parse("#a1 #123 word#no #x/y-z_w [[N#h]]").tags());
    }

    @Test
    void commentsAndCodeInATaskLineFeedNoFieldNorOwner() {
        ParsedNote n = parse("- [ ] Draft reply to `@ops 📅 2025-01-01` <!-- was @Bob ⏫ -->\n");
        TaskLine t = n.tasks().get(0);
        assertEquals("", t.ownerRun());
        assertEquals(Priority.NONE, t.priority());
        assertEquals(java.util.Optional.empty(), t.due());
        assertEquals("Draft reply to `@ops 📅 2025-01-01`", t.description(), "code stays in the text, comments go");
    }

    @Test
    void fencesInsideQuotesAndListItemsHideTheirContent() {
        ParsedNote n = parse("> ```\n> - [ ] quoted code @Zed\n> ```\n- item\n    ```\n    - [ ] listed code\n    ```\n");
        assertEquals(List.of(), n.tasks());
    }

    @Test
    void aBomThatBecameMojibakeStillLeavesTheFrontmatterOnTop() {
        ParsedNote n = parse("ï»¿---\ndate: 2025-01-01\nattendees: [Bob]\naccount: Acme\n---\n");
        assertTrue(n.properties().isMeeting());
        assertEquals(List.of("Acme"), n.properties().accounts());
        assertEquals(Set.of(Damage.MOJIBAKE), n.damage());
    }

    @Test
    void aHugeLineOfLinkLikeTextIsReadInLinearTime() {
        String line = "[a](".repeat(200_000);
        long start = System.nanoTime();
        parse(line);
        assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(20),
                "a guard against quadratic scans, far above the milliseconds this takes");
    }
}
