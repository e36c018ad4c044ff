package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.index.IndexProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's writes other than ticks: repairing mojibake, creating a note from a link. */
class WorkspaceWritesTest {
    @TempDir
    Path temp;
    private Path vault;
    private Path backups;
    private OpenWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        vault = Files.createDirectories(temp.resolve("vault"));
        backups = temp.resolve("backups");
        Files.createDirectories(vault.resolve("Meetings"));
        // written, not copied: the fixture's own permissions (read-only in some checkouts) must not come along
        Files.write(vault.resolve("Meetings/sample.md"),
                Files.readAllBytes(Path.of("src/test/resources/fixtures/sample-meeting.md")));
        Files.writeString(vault.resolve("Index.md"), "See [[Meetings/New one]] and [[Brand new]].\n");
        workspace = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), backups, IndexProgress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void repairPreviewListsTheGarbledLinesAndTheRepairWritesThemWithABackup() throws Exception {
        Path file = vault.resolve("Meetings/sample.md");
        byte[] original = Files.readAllBytes(file);
        RepairPreview preview = workspace.previewRepair("Meetings/sample.md");
        assertFalse(preview.changes().isEmpty());
        assertTrue(preview.changes().stream().anyMatch(c -> c.before().contains("ğŸ“…") && c.after().contains("📅")));
        assertArrayEquals(original, Files.readAllBytes(file), "a preview writes nothing");

        EditResult result = workspace.repair(preview);
        assertTrue(result.written(), result.message());
        String repaired = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(repaired.contains("ğŸ“…"));
        assertTrue(repaired.contains("📅"));
        List<Path> kept;
        try (Stream<Path> walk = Files.walk(backups)) {
            kept = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, kept.size());
        assertArrayEquals(original, Files.readAllBytes(kept.get(0)));
        // every line the preview did not name is as it was
        List<String> before = new String(original, StandardCharsets.UTF_8).lines().toList();
        List<String> after = repaired.lines().toList();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            int line = i + 1;
            if (preview.changes().stream().noneMatch(c -> c.line() == line)) {
                assertEquals(before.get(i), after.get(i), "line " + line);
            }
        }
        assertFalse(workspace.read("Meetings/sample.md", false).mojibake());
    }

    @Test
    void aRepairOverAFileChangedSinceThePreviewIsRefused() throws Exception {
        Path file = vault.resolve("Meetings/sample.md");
        RepairPreview preview = workspace.previewRepair("Meetings/sample.md");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\nmore\n", StandardCharsets.UTF_8);
        byte[] changed = Files.readAllBytes(file);
        EditResult result = workspace.repair(preview);
        assertFalse(result.written());
        assertArrayEquals(changed, Files.readAllBytes(file));
        assertFalse(Files.exists(backups) && hasFiles(backups));
    }

    @Test
    void aCleanNoteHasNothingToRepair() {
        assertThrows(VaultException.class, () -> workspace.previewRepair("Index.md"));
    }

    @Test
    void anUnresolvedLinkBecomesANoteWhereTheLinkFindsIt() throws Exception {
        NewNote bare = workspace.createNote("Brand new");
        assertEquals(Optional.of("Brand new.md"), bare.path());
        assertEquals("# Brand new\n", Files.readString(vault.resolve("Brand new.md")));
        NewNote inFolder = workspace.createNote("Meetings/New one");
        assertEquals(Optional.of("Meetings/New one.md"), inFolder.path());
        assertTrue(workspace.catalog().byPath("Meetings/New one.md").isPresent());
        assertEquals(1, workspace.backlinks("Brand new.md").size(), "the link now resolves");
        NewNote again = workspace.createNote("Brand new");
        assertEquals(Optional.of("Brand new.md"), again.path());
        assertEquals("# Brand new\n", Files.readString(vault.resolve("Brand new.md")), "never overwritten");
    }

    @Test
    void namesThatCannotBeFilesOrLeaveTheVaultAreRefused() throws Exception {
        assertTrue(workspace.createNote("What: now?").path().isEmpty());
        assertTrue(workspace.createNote("../outside").path().isEmpty());
        assertTrue(workspace.createNote(".obsidian/x").path().isEmpty());
        assertFalse(Files.exists(temp.resolve("outside.md")));
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }
}
