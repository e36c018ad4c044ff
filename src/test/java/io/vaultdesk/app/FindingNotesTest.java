package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick switcher, full-text search, backlinks and entity overview, on the bundled sample vault. */
class FindingNotesTest {
    private static final String DANA = "People/Dana Whitfield.md";
    private static final String LATEST = "Meetings/2026/2026-11-23 - Nimbus exascale tier go-live readiness.md";

    @TempDir
    static Path temp;
    static OpenWorkspace workspace;

    @BeforeAll
    static void open() throws Exception {
        Path vault = SampleVault.copyTo(temp.resolve("vault"));
        workspace = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("backups"),
                IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theCatalogSortsNotesIntoTheNavigationsKinds() {
        VaultCatalog c = workspace.catalog();
        assertEquals(18, c.notes(NoteKind.MEETING).size());
        assertEquals(10, c.notes(NoteKind.PERSON).size());
        assertEquals(5, c.notes(NoteKind.ACCOUNT).size());
        assertEquals(4, c.notes(NoteKind.PROJECT).size());
        assertEquals(LATEST, c.notes(NoteKind.MEETING).get(0).path(), "meetings newest first");
        assertTrue(c.byPath("Attachments/architecture.png").isPresent());
        assertFalse(c.notes().stream().anyMatch(n -> n.path().endsWith(".png")), "attachments are not notes");
    }

    @Test
    void theSwitcherMatchesInitialsAndWordStartsAndRanksTheCloseMatchFirst() {
        assertEquals(DANA, workspace.switcher("dwhit", 10).get(0).note().path());
        assertEquals(DANA, workspace.switcher("Dana Whitfield", 10).get(0).note().path());
        assertEquals("People/Hana Kobayashi.md", workspace.switcher("hkob", 10).get(0).note().path());
        assertTrue(workspace.switcher("zzqx", 10).isEmpty());
        List<SwitcherHit> golive = workspace.switcher("go-live", 10);
        assertEquals(LATEST, golive.get(0).note().path());
        assertEquals(10, workspace.switcher("", 10).size(), "an empty query lists notes to pick from");
    }

    @Test
    void theSwitcherMarksTheMatchedCharacters() {
        SwitcherHit hit = workspace.switcher("dwhit", 1).get(0);
        String matched = hit.matched();
        StringBuilder picked = new StringBuilder();
        for (int p : hit.match().positions()) {
            picked.append(matched.charAt(p));
        }
        assertEquals("dwhit", picked.toString().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void searchNeedsEveryTermAndHighlightsThemInSnippets() throws Exception {
        List<SearchHit> hits = workspace.search("soak test", 50);
        assertFalse(hits.isEmpty());
        assertEquals(LATEST, hits.get(0).note().path());
        for (SearchHit h : hits) {
            for (SearchHit.Snippet s : h.snippets()) {
                for (SearchHit.Range r : s.highlights()) {
                    String marked = s.text().substring(r.start(), r.end()).toLowerCase(java.util.Locale.ROOT);
                    assertTrue(marked.contains("soak") || marked.contains("test"), marked);
                }
            }
        }
        assertTrue(workspace.search("\"soak test\" zzqx", 50).isEmpty(), "every term must occur");
        assertEquals(List.of("soak test", "runbook"), NoteSearch.terms("\"Soak Test\"  runbook"));
    }

    @Test
    void backlinksOfAPersonAreGroupedBySourceNewestFirstWithTheirLines() throws Exception {
        List<BacklinkGroup> groups = workspace.backlinks(DANA);
        assertFalse(groups.isEmpty());
        assertEquals(LATEST, groups.get(0).source().path());
        for (BacklinkGroup g : groups) {
            assertFalse(g.mentions().isEmpty());
            assertTrue(g.mentions().stream().allMatch(m -> m.line() > 0));
        }
        List<String> dates = groups.stream().map(g -> g.source().date().orElse("")).toList();
        List<String> sorted = dates.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(sorted, dates);
    }

    @Test
    void aPersonsOverviewHasTheirMeetingsAndTheOpenTasksTheyOwn() throws Exception {
        EntityOverview o = workspace.overview(DANA).orElseThrow();
        assertEquals(NoteKind.PERSON, o.kind());
        assertTrue(o.meetings().stream().anyMatch(m -> m.path().equals(LATEST)));
        assertFalse(o.openTasks().isEmpty());
        assertTrue(o.openTasks().stream().allMatch(t -> t.task().isOpen()));
        assertTrue(o.openTasks().stream().anyMatch(t -> t.task().owner().equals("Dana Whitfield")));
        assertTrue(workspace.overview(LATEST).isEmpty(), "a meeting is not an entity");
    }

    @Test
    void anAccountsOverviewHasItsMeetingsTasks() throws Exception {
        IndexedNote nimbus = workspace.catalog().notes(NoteKind.ACCOUNT).stream()
                .filter(n -> n.name().equals("Nimbus Cloud")).findFirst().orElseThrow();
        EntityOverview o = workspace.overview(nimbus.path()).orElseThrow();
        assertTrue(o.meetings().size() >= 5);
        assertTrue(o.openTasks().stream().anyMatch(t -> t.note().path().equals(LATEST)));
    }

    @Test
    void theReaderRefusesPathsOutsideTheVault() {
        assertThrowsVault("../outside.md");
        assertThrowsVault("/etc/passwd");
    }

    private static void assertThrowsVault(String path) {
        org.junit.jupiter.api.Assertions.assertThrows(VaultException.class, () -> workspace.read(path, false));
    }
}
