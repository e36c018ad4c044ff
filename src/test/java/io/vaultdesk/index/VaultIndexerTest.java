package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultIndexerTest {
    @TempDir
    Path tmp;
    private TempVault vault;
    private IndexDatabase db;

    @BeforeEach
    void setUp() throws Exception {
        vault = new TempVault(Files.createDirectories(tmp.resolve("vault")));
        vault.write("People/Ann Lee.md", "---\ntype: person\naliases: [Annie]\n---\n# Ann Lee\n");
        vault.write("Accounts/Acme.md", "---\ntype: account\n---\n");
        vault.write("Meetings/2025-01-02 - Kickoff.md", """
                ---
                type: meeting
                date: 2025-01-02
                account: "[[Acme]]"
                participants: ["[[Ann Lee]]"]
                ---
                ## Action Items
                - [ ] Send deck @Ann Lee 📅 2025-01-10 ⏫ #task
                - [x] Book room @Myself ✅ 2025-01-02
                - [ ] Call @Annie to confirm 🔽
                [[Ann Lee]] [[Missing One|m]] [[Later Note]]
                """);
        vault.write(".obsidian/workspace.md", "- [ ] not a note");
        vault.write(".trash/Old.md", "- [ ] not a note");
        vault.write("Attachments/pic.png", new byte[] {1, 2, 3});
        db = IndexDatabase.open(tmp.resolve("index"), vault.root);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    private SyncStats sync() throws Exception {
        return new VaultIndexer(db, 2).sync(IndexProgress.NONE);
    }

    @Test
    void fullTextKeepsEveryCharacterAndMatchesAccentsAndEmojiWithoutCase() throws Exception {
        String body = "# Café Lefèvre\nDue 📅 2025-11-08, Jason’s momentum ⏫\n中文 note";
        vault.write("Notes/Unicode.md", "---\ntype: note\n---\n" + body + "\n");
        sync();
        NoteQueries q = new NoteQueries(db);
        List<TextMatch> hits = q.search(List.of("café lefèvre", "📅", "jason’s", "中文"), 10);
        assertEquals(1, hits.size());
        assertEquals(body, hits.get(0).body(), "the body comes back as it was written");
        assertTrue(q.search(List.of("cafe"), 10).isEmpty(), "an accent is a different letter");
    }

    @Test
    void aNotesPropertiesAndHeadingsAreKeptInUtf8BesideItsBody() throws Exception {
        vault.write("Notes/Ünïcode.md", "---\ntype: note\ntitle: Café ⏫\ntags: [a, b]\n---\n# Café\n\n## Next 📅\n");
        sync();
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet r = s.executeQuery("""
                     SELECT UTF8TOSTRING(t.properties), UTF8TOSTRING(t.headings) FROM fulltext t
                     JOIN notes n ON n.id = t.note_id WHERE n.path = 'Notes/Ünïcode.md'""")) {
            assertTrue(r.next());
            assertEquals("type\tnote\ntitle\tCafé ⏫\ntags\ta\ntags\tb", r.getString(1));
            assertEquals("1 6 Café\n2 8 Next 📅", r.getString(2), "level, line (from 1), text");
        }
    }

    @Test
    void searchReadsEveryPageOfBodiesAndStopsAtTheLimit() throws Exception {
        for (int i = 0; i < 1_200; i++) {
            vault.write("Bulk/n" + i + ".md", i % 3 == 0 ? "Quarterly ZEBRA review " + i + "\n" : "nothing here\n");
        }
        sync();
        NoteQueries q = new NoteQueries(db);
        List<TextMatch> all = q.search(List.of("zebra"), 1_000);
        assertEquals(400, all.size(), "hits on every page of bodies");
        List<Integer> ids = all.stream().map(TextMatch::noteId).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "in index order");
        assertEquals(ids.subList(0, 10), q.search(List.of("zebra"), 10).stream().map(TextMatch::noteId).toList());
        assertTrue(q.search(List.of("zebra"), 0).isEmpty());
    }

    private VaultReport report() throws Exception {
        return new ReportQuery(db).run();
    }

    @Test
    void fullBuildReadsNotesAndSkipsDotFolders() throws Exception {
        SyncStats stats = sync();
        assertTrue(stats.fullBuild());
        VaultReport r = report();
        assertEquals(3, r.notes());
        assertEquals(1, r.attachments());
        assertEquals(3, r.tasksTotal());
        assertEquals(2, r.tasksOpen());
        assertEquals(1, r.tasksDone());
        assertEquals(Map.of("Ann Lee", 1, "Annie", 1), r.openByOwner(),
                "'Annie to confirm' narrows to the alias Annie, kept as written");
        assertEquals(Map.of("2025-01-10", 1), r.dueByDateOpen());
        assertEquals(Map.of("high", 1, "low", 1), r.priorityOpen());
        assertEquals(1, r.meetings());
        assertEquals(Map.of("Acme", 1), r.meetingsByAccount());
        assertEquals(Map.of("Acme", 1, "Ann Lee", 1, "Missing One", 1, "Later Note", 1), r.backlinkSources());
        assertEquals(Set.of("Missing One", "Later Note"), r.unresolved());
    }

    @Test
    void anUnchangedVaultReadsNothing() throws Exception {
        sync();
        SyncStats again = sync();
        assertFalse(again.fullBuild());
        assertEquals(0, again.parsed());
        assertEquals(4, again.unchanged());
    }

    @Test
    void aTouchedFileIsHashedNotReparsed() throws Exception {
        sync();
        Files.setLastModifiedTime(vault.root.resolve("Accounts/Acme.md"),
                FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        SyncStats stats = sync();
        assertEquals(0, stats.parsed());
        assertEquals(1, stats.touched());
    }

    @Test
    void editsAdditionsAndRemovalsWhileClosed() throws Exception {
        sync();
        vault.write("Meetings/2025-01-02 - Kickoff.md", """
                ---
                type: meeting
                date: 2025-01-02
                ---
                - [x] Send deck @Ann Lee 📅 2025-01-10 ✅ 2025-01-09
                [[Later Note]]
                """);
        vault.write("Later Note.md", "- [ ] new @Bo");
        vault.delete("Accounts/Acme.md");
        SyncStats stats = sync();
        assertEquals(2, stats.parsed());
        assertEquals(1, stats.removed());
        VaultReport r = report();
        assertEquals(3, r.notes());
        assertEquals(2, r.tasksTotal());
        assertEquals(Map.of("Bo", 1), r.openByOwner());
        assertEquals(Set.of(), r.unresolved(), "the new note resolves the link that waited for it");
        assertEquals(Map.of("Later Note", 1), r.backlinkSources());
    }

    @Test
    void theCatalogCarriesEachNotesTaskCountsThroughChanges() throws Exception {
        sync();
        assertEquals(List.of(2, 3), counts("Meetings/2025-01-02 - Kickoff.md"), "open (two), of three");
        assertEquals(List.of(0, 0), counts("Accounts/Acme.md"));
        assertEquals(List.of(0, 0), counts("Attachments/pic.png"));
        vault.write("Meetings/2025-01-02 - Kickoff.md", "- [x] done\n- [/] going\n- [-] dropped\n- [?] odd\n");
        sync();
        assertEquals(List.of(2, 4), counts("Meetings/2025-01-02 - Kickoff.md"), "in progress and unknown are open");
    }

    private List<Integer> counts(String path) throws Exception {
        IndexedNote n = new NoteQueries(db).allFiles().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow();
        return List.of(n.openTasks(), n.totalTasks());
    }

    @Test
    void linksFollowTheirTargetWhenItIsRenamedOrDeleted() throws Exception {
        sync();
        vault.move("People/Ann Lee.md", "Archive/Ann Lee.md");
        sync();
        assertEquals(Set.of("Missing One", "Later Note"), report().unresolved(), "still resolves by name");
        vault.move("Archive/Ann Lee.md", "Archive/Ann Smith.md");
        sync();
        assertTrue(report().unresolved().contains("Ann Lee"));
        vault.delete("Archive/Ann Smith.md");
        sync();
        assertEquals(Map.of("Ann Lee", 1, "Annie to confirm", 1), report().openByOwner(),
                "without the person note, @Annie is no longer narrowed");
    }

    @Test
    void ownersFollowPersonNotesThatComeChangeAndGoInLaterSyncs() throws Exception {
        VaultIndexer indexer = new VaultIndexer(db, 2); // one session, as the app's: its later syncs read no table
        vault.write("Notes/Old.md", "- [ ] Ring @Bo Diaz tomorrow\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of("Ann Lee", 1, "Annie", 1, "Bo Diaz tomorrow", 1), report().openByOwner());
        vault.write("People/Bo Diaz.md", "# Bo\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of("Ann Lee", 1, "Annie", 1, "Bo Diaz", 1), report().openByOwner(),
                "a new person note narrows a task that was not written again");
        vault.write("People/Ann Lee.md", "---\ntype: person\naliases: [Nan]\n---\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of("Ann Lee", 1, "Annie to confirm", 1, "Bo Diaz", 1), report().openByOwner(),
                "an alias taken away no longer narrows");
        vault.write("Notes/New.md", "- [ ] Ask @Nan about it\n- [ ] Ask @Bo Diaz, then call\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of("Ann Lee", 1, "Annie to confirm", 1, "Bo Diaz", 2, "Nan", 1), report().openByOwner(),
                "a task written while person notes stay as they are gets its owner as it is written");
        assertEquals(report().openByOwner(), new TaskQueries(db).openCountsByOwner(), "the board's counts agree");
        Map<String, String> boardOwners = new java.util.TreeMap<>();
        new TaskQueries(db).all().forEach(t -> boardOwners.put(t.path() + ":" + t.task().line(), t.task().owner()));
        assertEquals("Bo Diaz", boardOwners.get("Notes/Old.md:1"));
        assertEquals("Nan", boardOwners.get("Notes/New.md:1"));
        assertEquals(Optional.of("Bo Diaz"), new TaskQueries(db).ownerAt("Notes/New.md", 2));
        assertEquals(List.of("Bo Diaz", "Bo Diaz"), new NoteQueries(db).openTasksOwnedBy(List.of("bo diaz")).stream()
                .map(IndexedTask::owner).toList());
    }

    /** The counts a view asks for on every change of its filter are kept between queries, until a sync writes. */
    @Test
    void keptTaskCountsFollowEverySyncThatWrites() throws Exception {
        VaultIndexer indexer = new VaultIndexer(db, 2);
        indexer.sync(IndexProgress.NONE);
        TaskQueries q = new TaskQueries(db);
        java.time.LocalDate today = java.time.LocalDate.of(2025, 2, 1);
        int kickoff = idOf("Meetings/2025-01-02 - Kickoff.md");
        assertEquals(Map.of(kickoff, 1), q.overdueOpenCounts(today), "the deck was due 2025-01-10");
        assertEquals(Map.of("Ann Lee", 1, "Annie", 1), q.openCountsByOwner());
        assertEquals(Map.of(), q.overdueOpenCounts(java.time.LocalDate.of(2025, 1, 10)), "asked again for another day");

        vault.write("Notes/Later.md", "- [ ] Chase @Ann Lee 📅 2025-01-20\n- [ ] Ring @Bo 📅 2025-03-01\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of(kickoff, 1, idOf("Notes/Later.md"), 1), q.overdueOpenCounts(today));
        assertEquals(Map.of("Ann Lee", 2, "Annie", 1, "Bo", 1), q.openCountsByOwner());

        vault.write("People/Ann Lee.md", "---\ntype: person\n---\n# Ann Lee\n");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of("Ann Lee", 2, "Annie to confirm", 1, "Bo", 1), q.openCountsByOwner(),
                "an alias taken away, in a note without tasks");
        vault.delete("Notes/Later.md");
        indexer.sync(IndexProgress.NONE);
        assertEquals(Map.of(kickoff, 1), q.overdueOpenCounts(today));
    }

    private int idOf(String path) throws Exception {
        return new NoteQueries(db).allFiles().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow()
                .id();
    }

    @Test
    void aSyncCutOffAfterItsRowsIsMendedByTheNextOne() throws Exception {
        sync();
        assertEquals(3, report().notes()); // and the report is cached
        long minuteAgo = System.currentTimeMillis() - 60_000;
        vault.write("Later Note.md", "- [ ] Ring @Bo Diaz tomorrow\n");
        vault.write("People/Bo Diaz.md", "# Bo\n");
        for (String path : List.of("Later Note.md", "People/Bo Diaz.md")) {
            Files.setLastModifiedTime(vault.root.resolve(path), FileTime.fromMillis(minuteAgo));
        }
        IndexProgress cutOffAtTheEnd = (done, total) -> {
            if (done == total && total > 0) {
                throw new IllegalStateException("cut off after the last rows were committed");
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new VaultIndexer(db, 2).sync(cutOffAtTheEnd));
        assertTrue(db.meta("sync_pending").isPresent());
        SyncStats next = sync(); // a new session: the files it finds are those the cut-off sync wrote
        assertEquals(0, next.parsed());
        VaultReport r = report();
        assertEquals(5, r.notes(), "the report's cache was cleared");
        assertEquals(Set.of("Missing One"), r.unresolved(), "[[Later Note]] resolves to the note that came");
        assertEquals(Map.of("Ann Lee", 1, "Annie", 1, "Bo Diaz", 1), r.openByOwner(), "owners settled");
        assertTrue(db.meta("sync_pending").isEmpty());
    }

    @Test
    void aFullBuildCutOffPartWayIsStartedAgainInTheSameSession() throws Exception {
        for (int i = 0; i < 600; i++) {
            vault.write("Bulk/n" + i + ".md", "- [ ] t" + i + " @Ann Lee");
        }
        VaultIndexer indexer = new VaultIndexer(db, 2);
        IndexProgress failing = (done, total) -> {
            if (done > 0) {
                throw new IllegalStateException("stopped after the first chunk was committed");
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> indexer.sync(failing));
        SyncStats again = indexer.sync(IndexProgress.NONE);
        assertTrue(again.fullBuild());
        assertEquals(603, report().notes(), "three notes of the vault and the 600 new ones");
        assertEquals(601, report().openByOwner().get("Ann Lee"));
    }

    @Test
    void backlinksKeptBetweenQueriesFollowEveryChangeToTheLinks() throws Exception {
        VaultIndexer indexer = new VaultIndexer(db, 2);
        indexer.sync(IndexProgress.NONE);
        assertBacklinksAsScanned("People/Ann Lee.md", 2);
        vault.write("Notes/Two.md", "[[Ann Lee]] and again [[People/Ann Lee|Ann]]\n");
        indexer.sync(IndexProgress.NONE);
        assertBacklinksAsScanned("People/Ann Lee.md", 4);
        vault.write("Meetings/2025-01-02 - Kickoff.md", "no links now\n");
        indexer.sync(IndexProgress.NONE);
        assertBacklinksAsScanned("People/Ann Lee.md", 2);
        vault.move("People/Ann Lee.md", "Archive/Ann Lee.md"); // the links follow it by name, not the path link
        indexer.sync(IndexProgress.NONE);
        assertBacklinksAsScanned("Archive/Ann Lee.md", 1);
        vault.write("Later Note.md", "back to [[Two]]\n");
        indexer.sync(IndexProgress.NONE);
        assertBacklinksAsScanned("Notes/Two.md", 1);
    }

    /**
     * After each change, every link as the synced index holds it (source, where written, what it resolves to) equals
     * what a full build of the same files gives: the refresh rewrites the links whose target changed, and keeps a
     * note's other links as they were.
     */
    @Test
    void linksAfterEachSyncAreThoseOfAFullBuild() throws Exception {
        vault.write("Notes/Mixed.md", """
                [[Ghost]] and [[Acme]] and ![[Ann Lee#^b1]] and [[#Top]] and [up](../Accounts/Acme.md)
                [[Missing One|m]] and [[Projects/Apollo]] and [[Ghost#Part|g]]
                """);
        sync();
        List<Change> steps = List.of(
                () -> vault.write("Ghost.md", "# Ghost\n"),                        // an unresolved name appears
                () -> vault.delete("Accounts/Acme.md"),                              // a target goes
                () -> vault.write("Projects/Apollo.md", "# Apollo\n"),              // a path link's file appears
                () -> vault.write("Elsewhere/Acme.md", "---\ntype: account\n---\n"), // the name comes back elsewhere
                () -> vault.move("Ghost.md", "Archive/Ghost.md"),                    // moved: the bare name follows
                () -> vault.write("Notes/Ghost.md", "# Another ghost\n"));          // two files share it now
        int step = 0;
        for (Change change : steps) {
            change.make();
            sync();
            try (IndexDatabase fresh = IndexDatabase.open(tmp.resolve("fresh-" + step), vault.root)) {
                new VaultIndexer(fresh, 1).sync(IndexProgress.NONE);
                assertEquals(allLinks(fresh), allLinks(db), "after step " + step);
            }
            step++;
        }
        assertTrue(allLinks(db).contains("Notes/Mixed.md 1 WIKI Ghost -> Notes/Ghost.md"), allLinks(db).toString());
    }

    private interface Change {
        void make() throws Exception;
    }

    /** Every link, "source line kind target -> resolved path", sorted. */
    private static List<String> allLinks(IndexDatabase index) throws Exception {
        Map<Integer, String> paths = new java.util.HashMap<>();
        new NoteQueries(index).allFiles().forEach(f -> paths.put(f.id(), f.path()));
        List<String> links = new java.util.ArrayList<>();
        try (var s = index.connection().createStatement(); var r = s.executeQuery("SELECT note_id, data FROM links")) {
            while (r.next()) {
                for (StoredLink l : PackedLinks.unpack(r.getBytes(2))) {
                    links.add(paths.get(r.getInt(1)) + " " + l.line() + " " + l.kind() + " " + l.target()
                            + (l.subpath().isEmpty() ? "" : "#" + l.subpath())
                            + (l.display().isEmpty() ? "" : "|" + l.display()) + " -> "
                            + (l.resolved() ? paths.get(l.targetId()) : "nothing"));
                }
            }
        }
        links.sort(null);
        return links;
    }

    /** What the kept backlinks give equals a scan of the links table, and has the expected size. */
    private void assertBacklinksAsScanned(String path, int expected) throws Exception {
        NoteQueries q = new NoteQueries(db);
        int id = q.allFiles().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().id();
        List<IndexedLink> scanned = new java.util.ArrayList<>();
        try (var s = db.connection().createStatement();
             var r = s.executeQuery("SELECT note_id, data FROM links ORDER BY note_id")) {
            while (r.next()) {
                for (StoredLink l : PackedLinks.unpack(r.getBytes(2))) {
                    if (l.targetId() == id) {
                        scanned.add(new IndexedLink(r.getInt(1), l.line(), l.kind().name(), l.target(), l.subpath()));
                    }
                }
            }
        }
        assertEquals(scanned, q.linksTo(id), path);
        assertEquals(expected, scanned.size(), path);
    }

    @Test
    void anIndexForAnotherVaultIsRebuilt() throws Exception {
        sync();
        db.close();
        Path other = Files.createDirectories(tmp.resolve("other"));
        db = IndexDatabase.open(tmp.resolve("index"), other);
        assertTrue(sync().fullBuild());
        assertEquals(0, report().notes());
    }

    @Test
    void damagedNotesAreListed() throws Exception {
        vault.write("Bad/yaml.md", "---\na: [b\n---\n- [ ] still read");
        vault.write("Bad/binary.md", new byte[] {0, 1, 2, 0});
        vault.write("Bad/latin.md", new byte[] {'c', 'a', 'f', (byte) 0xE9});
        vault.write("Bad/mojibake.md", "- [ ] Call ğŸ“… 2025-02-03 â«");
        vault.write("Fine/empty.md", new byte[0]);
        vault.write("Fine/bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'x'});
        sync();
        VaultReport r = report();
        assertEquals(List.of("Bad/binary.md", "Bad/latin.md", "Bad/mojibake.md", "Bad/yaml.md"), r.damagedNotes());
        assertEquals(9, r.notes());
        assertEquals(Map.of("2025-01-10", 1, "2025-02-03", 1), r.dueByDateOpen());
        assertEquals(Map.of("high", 2, "low", 1, "none", 1), r.priorityOpen());
    }

    @Test
    void progressCountsUpToEveryFileRead() throws Exception {
        for (int i = 0; i < 600; i++) {
            vault.write("Bulk/n" + i + ".md", "- [ ] t" + i);
        }
        java.util.List<int[]> seen = new java.util.ArrayList<>();
        new VaultIndexer(db, 1).sync((done, total) -> seen.add(new int[] {done, total}));
        int[] last = seen.get(seen.size() - 1);
        assertEquals(604, last[1]);
        assertEquals(604, last[0]);
        assertEquals(0, seen.get(0)[0]);
        assertTrue(seen.size() >= 3, "reported chunk by chunk, not only at the end");
    }

    @Test
    void duplicateNamesResolveToTheNearestNote() throws Exception {
        vault.write("Archive/Acme.md", "old account note");
        vault.write("Archive/Review.md", "[[Acme]]");
        sync();
        VaultReport r = report();
        assertEquals(Map.of("Acme", 2, "Ann Lee", 1, "Missing One", 1, "Later Note", 1), r.backlinkSources(),
                "two notes named Acme: the meeting links the shorter path, the archive note its neighbour");
    }

    @Test
    void aLinkWithATrailingSlashFollowsItsTargetAway() throws Exception {
        vault.write("Src.md", "see [[People/Ann Lee/]]");
        sync();
        assertFalse(report().unresolved().contains("People/Ann Lee/"));
        vault.delete("People/Ann Lee.md");
        vault.write("Zz New.md", "a new note that may reuse an id");
        sync();
        assertTrue(report().unresolved().contains("People/Ann Lee/"), "no dangling id, no crash");
    }
}
