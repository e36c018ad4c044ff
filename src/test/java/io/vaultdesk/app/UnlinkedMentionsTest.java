package io.vaultdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlinkedMentionsTest {
    private static final String DANA = "People/Dana Whitfield.md";
    private static final String MEETING = "Meetings/Budget.md";
    private static final String MEETING_TEXT = """
            ---
            attendees: Dana Whitfield, Dana
            ---
            # Budget
            Talked to Dana about the budget.
            Linked: [[Dana Whitfield]], ![[Dana Whitfield]], [see](../People/Dana%20Whitfield.md), [Dana](https://x.y)
            Not words: https://example.com/dana #Dana `Dana` <!-- Dana --> ``code Dana``
            The Danalyst and McDana and Dana_x are other words.
            ```
            Dana in a fence
            ```
            <!--
            Dana in a comment
            -->
            dana whitfield joined late; Ms Whitfield too; so did DANA.
            """;

    @TempDir
    Path tmp;
    private Path vault;
    private OpenWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        vault = Files.createDirectories(tmp.resolve("vault"));
        write(DANA, "---\ntype: person\ntitle: Ms Whitfield\naliases: [Dana]\n---\nDana Whitfield runs finance. Dana.\n");
        write(MEETING, MEETING_TEXT);
        write("Other.md", "Nothing to see, Danalyst.\n");
        workspace = OpenWorkspace.open(vault, Optional.of(tmp.resolve("index")), tmp.resolve("backups"),
                IndexProgress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = vault.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private byte[] read(String path) throws IOException {
        return Files.readAllBytes(vault.resolve(path));
    }

    /** Opens the vault again, so the index is known to hold what was written after the first open. */
    private void reopen() throws Exception {
        workspace.close();
        workspace = OpenWorkspace.open(vault, Optional.of(tmp.resolve("index")), tmp.resolve("backups"),
                IndexProgress.NONE);
    }

    private List<UnlinkedMention> mentionsIn(String source, String target) throws Exception {
        return workspace.unlinkedMentions(target).stream().filter(g -> g.source().path().equals(source))
                .flatMap(g -> g.mentions().stream()).toList();
    }

    private static String show(List<UnlinkedMention> mentions) {
        return String.join(", ", mentions.stream().map(m -> m.line() + ":" + m.start() + "-" + m.end() + "="
                + m.matchedText()).toList());
    }

    // --- finding ---

    @Test
    void findsPlainMentionsOnlyInProseWithLineAndRange() throws Exception {
        List<UnlinkedMention> found = mentionsIn(MEETING, DANA);
        // line 15: the full name wins over its alias "Dana"; the title "Ms Whitfield" and "DANA" are found too
        assertEquals("5:10-14=Dana, 15:0-14=dana whitfield, 15:28-40=Ms Whitfield, 15:53-57=DANA", show(found));
        UnlinkedMention first = found.get(0);
        assertEquals("Talked to Dana about the budget.", first.lineText());
        assertEquals("Dana", first.lineText().substring(first.start(), first.end()));
    }

    @Test
    void theNoteItselfAndNotesWithOnlyLongerWordsAreNotListed() throws Exception {
        List<String> sources = workspace.unlinkedMentions(DANA).stream().map(g -> g.source().path()).toList();
        assertEquals(List.of(MEETING), sources);
    }

    @Test
    void anAliasAloneFindsTheNote() throws Exception {
        write("Later.md", "Lunch with Dana tomorrow.\n");
        reopen();
        assertEquals("1:11-15=Dana", show(mentionsIn("Later.md", DANA)));
    }

    @Test
    void aNoteWithoutMentionsHasNoGroupsAndAnUnknownPathNone() throws Exception {
        write("Quokka.md", "rare\n");
        reopen();
        assertTrue(workspace.unlinkedMentions("Quokka.md").isEmpty());
        assertTrue(workspace.unlinkedMentions("Missing.md").isEmpty());
    }

    // --- link it ---

    @Test
    void linkItRewritesOnlyThatRangeAndTheMentionBecomesLinked() throws Exception {
        UnlinkedMention m = mentionsIn(MEETING, DANA).get(0);
        EditResult result = workspace.linkMention(MEETING, m, DANA);
        assertTrue(result.written(), result.message());
        String expected = MEETING_TEXT.replace("Talked to Dana about", "Talked to [[Dana Whitfield|Dana]] about");
        assertArrayEquals(expected.getBytes(UTF_8), read(MEETING));

        List<Integer> linkedLines = workspace.backlinks(DANA).stream().filter(g -> g.source().path().equals(MEETING))
                .flatMap(g -> g.mentions().stream()).map(Mention::line).toList();
        assertTrue(linkedLines.contains(5), "now a linked mention: " + linkedLines);
        assertEquals("15:0-14=dana whitfield, 15:28-40=Ms Whitfield, 15:53-57=DANA", show(mentionsIn(MEETING, DANA)));
    }

    @Test
    void theNameAsWrittenGivesABareLinkAndAnyOtherCaseKeepsTheWords() throws Exception {
        write("Note.md", "Dana Whitfield met dana whitfield.\n");
        reopen();
        List<UnlinkedMention> found = mentionsIn("Note.md", DANA);
        assertTrue(workspace.linkMention("Note.md", found.get(0), DANA).written());
        // the file changed, but the second mention's line is still found by its text
        EditResult second = workspace.linkMention("Note.md", found.get(1), DANA);
        assertFalse(second.written(), "the line no longer reads as it did: " + second.message());
        List<UnlinkedMention> again = mentionsIn("Note.md", DANA);
        assertTrue(workspace.linkMention("Note.md", again.get(0), DANA).written());
        assertEquals("[[Dana Whitfield]] met [[Dana Whitfield|dana whitfield]].\n", Files.readString(vault.resolve("Note.md")));
    }

    @Test
    void aCrlfFileWithBomAndNoFinalNewlineKeepsEveryOtherByte() throws Exception {
        write("Crlf.md", "\uFEFFfirst\r\nsee Dana here\r\nlast".getBytes(UTF_8));
        reopen();
        UnlinkedMention m = mentionsIn("Crlf.md", DANA).get(0);
        assertTrue(workspace.linkMention("Crlf.md", m, DANA).written());
        assertArrayEquals("\uFEFFfirst\r\nsee [[Dana Whitfield|Dana]] here\r\nlast".getBytes(UTF_8), read("Crlf.md"));
    }

    @Test
    void aMojibakeLineIsFoundRepairedAndEditedOnlyWhereTheMentionIs() throws Exception {
        String damaged = new String("Café with Dana, “soon’".getBytes(UTF_8), Charset.forName("windows-1252"));
        write("Moji.md", ("x\n" + damaged + "\n").getBytes(UTF_8));
        reopen();
        UnlinkedMention m = mentionsIn("Moji.md", DANA).get(0);
        assertEquals("Café with Dana, “soon’", m.lineText());
        assertEquals(10, m.start());
        assertTrue(workspace.linkMention("Moji.md", m, DANA).written());
        String expected = "x\n" + damaged.replace("with Dana,", "with [[Dana Whitfield|Dana]],") + "\n";
        assertArrayEquals(expected.getBytes(UTF_8), read("Moji.md"));
    }

    @Test
    void aNameAnotherNoteSharesIsLinkedByPath() throws Exception {
        write("People/Sam.md", "a person\n");
        write("Archive/Sam.md", "an old note\n");
        write("Notes/Call.md", "Call Sam.\n");
        reopen();
        UnlinkedMention m = mentionsIn("Notes/Call.md", "People/Sam.md").get(0);
        assertTrue(workspace.linkMention("Notes/Call.md", m, "People/Sam.md").written());
        assertEquals("Call [[People/Sam|Sam]].\n", Files.readString(vault.resolve("Notes/Call.md")));
    }

    @Test
    void aPipeInATableRowIsEscaped() throws Exception {
        write("Table.md", "| who | what |\n|---|---|\n| Dana | budget |\n");
        reopen();
        UnlinkedMention m = mentionsIn("Table.md", DANA).get(0);
        assertTrue(workspace.linkMention("Table.md", m, DANA).written());
        assertEquals("| who | what |\n|---|---|\n| [[Dana Whitfield\\|Dana]] | budget |\n",
                Files.readString(vault.resolve("Table.md")));
    }

    // --- the guard ---

    @Test
    void aLineDuplicatedSinceTheReadIsRefusedAndTheFileUntouched() throws Exception {
        UnlinkedMention m = mentionsIn(MEETING, DANA).get(0);
        String changed = MEETING_TEXT.replace("# Budget\n", "# Budget\nTalked to Dana about the budget.\n");
        write(MEETING, changed);
        EditResult result = workspace.linkMention(MEETING, m, DANA);
        assertFalse(result.written());
        assertTrue(result.message().contains("2 times"), result.message());
        assertEquals(changed, Files.readString(vault.resolve(MEETING)));
    }

    @Test
    void aLineEditedSinceTheReadIsRefusedAndTheFileUntouched() throws Exception {
        UnlinkedMention m = mentionsIn(MEETING, DANA).get(0);
        String changed = MEETING_TEXT.replace("Talked to Dana about", "Talked to Dana Whitfield about");
        write(MEETING, changed);
        assertFalse(workspace.linkMention(MEETING, m, DANA).written());
        assertEquals(changed, Files.readString(vault.resolve(MEETING)));
    }

    @Test
    void aLineMovedButStillUniqueIsLinkedWhereItNowIs() throws Exception {
        UnlinkedMention m = mentionsIn(MEETING, DANA).get(0);
        String changed = MEETING_TEXT.replace("# Budget\n", "# Budget\nA new first item.\n");
        write(MEETING, changed);
        EditResult result = workspace.linkMention(MEETING, m, DANA);
        assertTrue(result.written(), result.message());
        assertTrue(result.message().endsWith("line 6"), result.message());
        assertEquals(changed.replace("Talked to Dana", "Talked to [[Dana Whitfield|Dana]]"),
                Files.readString(vault.resolve(MEETING)));
    }

    @Test
    void identicalLinesOfAnUnchangedNoteAreToldApartByTheirLineNumber() throws Exception {
        write("Twice.md", "Ask Dana.\nAsk Dana.\n");
        reopen();
        UnlinkedMention second = mentionsIn("Twice.md", DANA).get(1);
        assertTrue(workspace.linkMention("Twice.md", second, DANA).written());
        assertEquals("Ask Dana.\nAsk [[Dana Whitfield|Dana]].\n", Files.readString(vault.resolve("Twice.md")));
    }

    @Test
    void aTargetThatIsGoneOrTheSourceItselfIsRefused() throws Exception {
        UnlinkedMention m = mentionsIn(MEETING, DANA).get(0);
        assertFalse(workspace.linkMention(MEETING, m, "People/Nobody.md").written());
        assertFalse(workspace.linkMention(DANA, m, DANA).written());
        assertEquals(MEETING_TEXT, Files.readString(vault.resolve(MEETING)));
    }
}
