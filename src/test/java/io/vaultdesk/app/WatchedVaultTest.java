package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.FileChange;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.watch.AppliedChange;
import io.vaultdesk.watch.VaultWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made on disk by other programs reach the index, and the listener, on their own. */
class WatchedVaultTest {
    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path tmp;
    private Path vault;
    private VaultSession session;
    private VaultWatch watch;
    private final LinkedBlockingQueue<AppliedChange> seen = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        vault = Files.createDirectories(tmp.resolve("vault"));
        Files.createDirectories(vault.resolve("People"));
        Files.writeString(vault.resolve("People/Ann Lee.md"), "---\ntype: person\n---\n");
        Files.writeString(vault.resolve("Meeting.md"), "- [ ] Call @Ann Lee\n[[Ann Lee]] [[Later]]\n");
        session = VaultSession.open(vault, tmp.resolve("index"));
        session.sync(IndexProgress.NONE);
        watch = session.watch(seen::addAll);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private void await(String path, FileChange.Kind kind) throws InterruptedException {
        List<AppliedChange> other = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            AppliedChange c = seen.poll(100, TimeUnit.MILLISECONDS);
            if (c != null && c.change().equals(new FileChange(path, kind))) {
                return;
            }
            if (c != null) {
                other.add(c);
            }
        }
        throw new AssertionError("no " + kind + " of " + path + " within " + TIMEOUT_SECONDS + " s; saw " + other);
    }

    @Test
    void createdEditedAndDeletedNotesReachTheIndex() throws Exception {
        Files.writeString(vault.resolve("Later.md"), "- [ ] new @Bo");
        await("Later.md", FileChange.Kind.CREATED);
        assertEquals(Set.of(), session.report().unresolved(), "the link waiting for Later now resolves");
        Files.writeString(vault.resolve("Later.md"), "- [x] new @Bo ✅ 2025-01-01");
        await("Later.md", FileChange.Kind.MODIFIED);
        assertEquals(1, session.report().tasksDone());
        Files.delete(vault.resolve("Later.md"));
        await("Later.md", FileChange.Kind.DELETED);
        assertEquals(Set.of("Later"), session.report().unresolved());
    }

    @Test
    void renamesAndFolderMovesAreDeletesAndCreates() throws Exception {
        Files.move(vault.resolve("People"), vault.resolve("Team"));
        await("Team/Ann Lee.md", FileChange.Kind.CREATED);
        assertEquals(2, session.report().notes());
        assertEquals(Set.of("Later"), session.report().unresolved(), "links still resolve by name");
        Files.move(vault.resolve("Team/Ann Lee.md"), vault.resolve("Team/Ann Smith.md"));
        await("Team/Ann Smith.md", FileChange.Kind.CREATED);
        assertEquals(Set.of("Ann Lee", "Later"), session.report().unresolved());
    }

    @Test
    void anEditorsWriteTempThenRenameIsOneModification() throws Exception {
        Path temp = vault.resolve(".Meeting.md.swp");
        Files.writeString(temp, "- [x] Call @Ann Lee ✅ 2025-01-01\n");
        Files.move(temp, vault.resolve("Meeting.md"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        await("Meeting.md", FileChange.Kind.MODIFIED);
        assertEquals(1, session.report().tasksDone());
    }

    @Test
    void aNewFolderWithNotesInsideIsIndexed() throws Exception {
        Path staging = Files.createDirectories(tmp.resolve("staging/Projects"));
        for (int i = 0; i < 50; i++) {
            Files.writeString(staging.resolve("P" + i + ".md"), "- [ ] item " + i);
        }
        Files.move(staging, vault.resolve("Projects"));
        await("Projects/P49.md", FileChange.Kind.CREATED);
        assertEquals(52, session.report().notes());
        assertEquals(51, session.report().tasksTotal());
    }

    @Test
    void theAppsOwnWriteIsAppliedOnceNotTwice() throws Exception {
        Files.writeString(vault.resolve("Meeting.md"), "- [x] Call @Ann Lee ✅ 2025-01-01\n");
        List<FileChange> now = watch.index().refresh(List.of("Meeting.md")).join().changes();
        assertEquals(List.of(new FileChange("Meeting.md", FileChange.Kind.MODIFIED)), now);
        await("Meeting.md", FileChange.Kind.MODIFIED); // the listener hears of the app's own update...
        AppliedChange late = seen.poll(1, TimeUnit.SECONDS);
        assertEquals(null, late, "...and the watcher's event for the same write changes nothing more");
        assertTrue(session.report().tasksDone() == 1);
    }

    @Test
    void aBurstOfThousandsOfFilesLikeACheckoutConverges() throws Exception {
        Path folder = Files.createDirectories(vault.resolve("Checkout"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(folder.resolve("n" + i + ".md"), "- [ ] task " + i + " [[Ann Lee]]");
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (session.report().notes() != 2002 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(2002, session.report().notes());
        assertEquals(2001, session.report().tasksTotal());
        assertEquals(2001, (int) session.report().backlinkSources().get("Ann Lee"));
    }

    @Test
    void aListenerMayReadTheIndex() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<Integer> notes = new java.util.concurrent.LinkedBlockingQueue<>();
        watch.index().addListener(changes -> {
            try {
                notes.add(session.report().notes()); // runs on the writer thread: must not wait for itself
            } catch (VaultException e) {
                throw new IllegalStateException(e);
            }
        });
        Files.writeString(vault.resolve("New.md"), "x");
        assertEquals(3, notes.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        Files.writeString(vault.resolve("Newer.md"), "y");
        assertEquals(4, notes.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS), "and the writer goes on afterwards");
    }

    @Test
    void aCopyThatKeepsSizeAndTimeIsStillSeen() throws Exception {
        Path same = vault.resolve("Same.md");
        Path other = tmp.resolve("other.md");
        Files.writeString(same, "- [ ] 12345");
        await("Same.md", FileChange.Kind.CREATED);
        // An hour old: outside the racy window, where size and time alone would say "unchanged".
        java.nio.file.attribute.FileTime t = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(same, t);
        Thread.sleep(500); // the watcher reports the new time; the hash finds the same bytes: nothing to announce
        Files.writeString(other, "- [x] 12345");
        Files.setLastModifiedTime(other, t);
        Files.copy(other, same, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        assertEquals(t.toMillis(), Files.getLastModifiedTime(same).toMillis(), "the index compares milliseconds");
        await("Same.md", FileChange.Kind.MODIFIED);
        assertEquals(1, session.report().tasksDone());
    }

    @Test
    void aFolderReplacedByAFileNeedsNoFallbackRescan() throws Exception {
        try (LogLines fallbacks = LogLines.fallbackRescans()) {
            Files.createDirectories(vault.resolve("x.md"));
            Files.writeString(vault.resolve("x.md/inner.md"), "- [ ] inner");
            await("x.md/inner.md", FileChange.Kind.CREATED);
            Files.delete(vault.resolve("x.md/inner.md"));
            Files.delete(vault.resolve("x.md"));
            Files.writeString(vault.resolve("x.md"), "- [ ] now a file");
            await("x.md", FileChange.Kind.CREATED);
            assertEquals(3, session.report().notes());
            assertEquals(List.of(), fallbacks.seen);
        }
    }
}
