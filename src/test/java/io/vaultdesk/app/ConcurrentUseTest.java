package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window does while other things happen: a first build under way, a page re-rendered, a symlink. */
class ConcurrentUseTest {
    @TempDir
    Path temp;

    @Test
    void aWriteAskedForDuringTheFirstBuildWaitsForItThenLands() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        for (int i = 0; i < 1500; i++) {
            Files.writeString(vault.resolve("note " + i + ".md"), "# Note " + i + "\n- [ ] task " + i + "\n");
        }
        CompletableFuture<NewNote>[] meanwhile = new CompletableFuture[1];
        boolean[] ranInsideTheBuild = new boolean[1];
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("b"))) {
            w.bringUpToDate((done, total) -> {
                if (done > 0 && done < total && meanwhile[0] == null) {
                    meanwhile[0] = CompletableFuture.supplyAsync(() -> {
                        try {
                            return w.createNote("Created meanwhile");
                        } catch (VaultException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    try {
                        meanwhile[0].get(500, TimeUnit.MILLISECONDS);
                        ranInsideTheBuild[0] = true;
                    } catch (TimeoutException expected) {
                        // it waits for the build: the index has one user at a time
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            assertFalse(ranInsideTheBuild[0], "a second index writer ran in the middle of the first build");
            assertEquals(Optional.of("Created meanwhile.md"), meanwhile[0].get(20, TimeUnit.SECONDS).path());
            assertTrue(w.catalog().byPath("Created meanwhile.md").isPresent());
            assertEquals(1501, w.catalog().size());
        }
    }

    @Test
    void aTickNamesTheTaskOfThePageOnScreenEvenAfterANewerRenderOfTheNote() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Path note = vault.resolve("M.md");
        Files.writeString(note, "# M\n\n- [ ] Send the contract\n- [ ] Book the room\n");
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(temp.resolve("i")), temp.resolve("b"),
                IndexProgress.NONE)) {
            NoteView seen = w.read("M.md", false); // on screen: line 3 is "Send the contract"
            Files.writeString(note, "# M\n\n- [ ] Call Dana\n- [ ] Send the contract\n- [ ] Book the room\n");
            w.read("M.md", false); // another editor's change, rendered but not yet on screen
            EditResult r = w.toggleTask("M.md", seen.hash(), "M.md", 3);
            assertTrue(r.written(), r.message());
            assertEquals("# M\n\n- [ ] Call Dana\n- [x] Send the contract ✅ " + java.time.LocalDate.now()
                    + "\n- [ ] Book the room\n", Files.readString(note));
        }
    }

    @Test
    void noNoteIsCreatedThroughASymlinkToAFolderOutsideTheVault() throws Exception {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(vault.resolve("shared"), outside);
        NoteCreation creation = new NoteCreation(new VaultFiles(vault));
        assertTrue(creation.create("shared/sub/Evil").path().isEmpty());
        assertTrue(creation.create("shared/Evil").path().isEmpty());
        assertFalse(Files.exists(outside.resolve("sub")));
        assertFalse(Files.exists(outside.resolve("Evil.md")));
        assertTrue(creation.create("inside/Fine").path().isPresent(), "a new folder inside is fine");
    }
}
