package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link queries, which read each note's links packed in one value ({@link PackedLinks}). */
class NoteQueriesTest {
    @TempDir
    Path tmp;
    /** A person and an account to link to; each test adds the notes that link. */
    private TempVault vault;
    /** Opened by {@link #sync}, once the test has written its notes. */
    private IndexDatabase db;

    @BeforeEach
    void writePersonAndAccount() throws Exception {
        vault = new TempVault(Files.createDirectories(tmp.resolve("vault")));
        for (String[] note : new String[][] {{"People/Ann Lee.md", "person"}, {"Accounts/Acme.md", "account"}}) {
            vault.write(note[0], "---\ntype: " + note[1] + "\n---\n");
        }
    }

    @AfterEach
    void closeIndex() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    /** Indexes the vault; returns each file's id by path. */
    private Map<String, Integer> sync() throws Exception {
        db = IndexDatabase.open(tmp.resolve("index"), vault.root);
        new VaultIndexer(db, 1).sync(IndexProgress.NONE);
        return new NoteQueries(db).allFiles().stream().collect(Collectors.toMap(IndexedNote::path, IndexedNote::id));
    }

    @Test
    void aMeetingLinksToEachResolvedTargetOnceAndOtherNotesNotAtAll() throws Exception {
        vault.write("Meetings/Kickoff.md", """
                ---
                type: meeting
                account: "[[Acme]]"
                participants: ["[[Ann Lee]]"]
                ---
                [[Ann Lee]] [[ann lee|Ann]] [[Missing]] [[#Heading]] ![[Acme]]
                """);
        vault.write("Notes/Plain.md", "[[Ann Lee]] [[Acme]]\n");
        Map<String, Integer> ids = sync();
        int meeting = ids.get("Meetings/Kickoff.md");
        assertEquals(List.of(new MeetingLink(meeting, ids.get("Accounts/Acme.md")),
                        new MeetingLink(meeting, ids.get("People/Ann Lee.md")),
                        new MeetingLink(meeting, meeting)), // [[#Heading]] is a link to itself
                new NoteQueries(db).meetingLinks());
    }

    /** More sources than one query asks for at a time, several links per source, and links to other notes between. */
    @Test
    void linksToANoteComeInSourceOrderFromMoreSourcesThanOneQueryReads() throws Exception {
        List<String> sources = new ArrayList<>();
        for (int n = 0; n < 1_203; n++) {
            String path = "Notes/n%04d.md".formatted(n);
            sources.add(path);
            vault.write(path, n % 3 == 0
                    ? "[[Acme]]\n[[Ann Lee#Role|Ann]]\n[[Acme]] and [[Ann Lee]]\n"
                    : "[[Ann Lee]] only\n");
        }
        Map<String, Integer> ids = sync();
        List<IndexedLink> expected = new ArrayList<>();
        for (int n = 0; n < sources.size(); n++) {
            int source = ids.get(sources.get(n));
            if (n % 3 == 0) {
                expected.add(new IndexedLink(source, 2, "WIKI", "Ann Lee", "Role"));
                expected.add(new IndexedLink(source, 3, "WIKI", "Ann Lee", ""));
            } else {
                expected.add(new IndexedLink(source, 1, "WIKI", "Ann Lee", "")); // lines count from 1
            }
        }
        expected.sort(java.util.Comparator.comparingInt(IndexedLink::sourceId)); // ids, not paths, order sources
        assertEquals(expected, new NoteQueries(db).linksTo(ids.get("People/Ann Lee.md")));
        assertEquals(2 * 401, new NoteQueries(db).linksTo(ids.get("Accounts/Acme.md")).size());
    }
}
