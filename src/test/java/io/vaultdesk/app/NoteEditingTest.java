package io.vaultdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.edit.EditorDocument;
import io.vaultdesk.app.edit.SaveOutcome;
import io.vaultdesk.index.IndexProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's open and save: the file's own line breaks and BOM kept, a change on disk never overwritten. */
class NoteEditingTest {
    @TempDir
    Path temp;
    private Path vault;
    private OpenWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        vault = Files.createDirectories(temp.resolve("vault"));
        Files.write(vault.resolve("Crlf.md"), "\uFEFF# Title\r\n\r\n- [ ] one\r\nlast".getBytes(UTF_8));
        Files.writeString(vault.resolve("Plain.md"), "# Plain\n\ntext\n");
        Files.write(vault.resolve("Mojibake.md"), Files.readAllBytes(Path.of("src/test/resources/fixtures/sample-meeting.md")));
        workspace = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("data/backups"),
                IndexProgress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void savingKeepsTheFilesLineBreaksAndByteOrderMark() throws Exception {
        EditorDocument doc = workspace.edit("Crlf.md");
        assertEquals("# Title\n\n- [ ] one\nlast", doc.text());
        assertTrue(doc.crlf() && doc.bom());
        SaveOutcome out = workspace.save(doc, doc.text().replace("one", "two"), doc.hash());
        assertInstanceOf(SaveOutcome.Saved.class, out);
        assertArrayEquals("\uFEFF# Title\r\n\r\n- [ ] two\r\nlast".getBytes(UTF_8),
                Files.readAllBytes(vault.resolve("Crlf.md")));
        assertTrue(workspace.catalog().byPath("Crlf.md").isPresent());
        assertEquals("two", workspace.tasks().stream().filter(t -> t.path().equals("Crlf.md")).findFirst()
                .orElseThrow().task().description(), "the index follows the save at once");
    }

    @Test
    void aChangeOnDiskSinceOpeningIsAConflictAndIsNotOverwritten() throws Exception {
        EditorDocument doc = workspace.edit("Plain.md");
        Files.writeString(vault.resolve("Plain.md"), "# Plain\n\nchanged in another editor\n");
        SaveOutcome out = workspace.save(doc, "# Plain\n\nmine\n", doc.hash());
        SaveOutcome.Conflict conflict = assertInstanceOf(SaveOutcome.Conflict.class, out);
        assertEquals("# Plain\n\nchanged in another editor\n", conflict.diskText());
        assertEquals("# Plain\n\nchanged in another editor\n", Files.readString(vault.resolve("Plain.md")));
        // the user looked at both and keeps theirs
        assertInstanceOf(SaveOutcome.Saved.class, workspace.save(doc, "# Plain\n\nmine\n", conflict.diskHash()));
        assertEquals("# Plain\n\nmine\n", Files.readString(vault.resolve("Plain.md")));
    }

    @Test
    void aNoteDeletedWhileOpenIsWrittenAgainOnlyWhenTheUserSaysSo() throws Exception {
        EditorDocument doc = workspace.edit("Plain.md");
        Files.delete(vault.resolve("Plain.md"));
        SaveOutcome out = workspace.save(doc, "# Plain\n\nkept\n", doc.hash());
        assertEquals(new SaveOutcome.Conflict("", 0, true), out);
        assertTrue(Files.notExists(vault.resolve("Plain.md")));
        assertInstanceOf(SaveOutcome.Saved.class, workspace.recreate(doc, "# Plain\n\nkept\n"));
        assertEquals("# Plain\n\nkept\n", Files.readString(vault.resolve("Plain.md")));
    }

    @Test
    void anEmptyNoteIsEditedAndSavedLikeAnyOther() throws Exception {
        java.nio.file.Files.write(vault.resolve("Empty.md"), new byte[0]);
        workspace.reindex();
        EditorDocument doc = workspace.edit("Empty.md");
        SaveOutcome first = workspace.save(doc, "now text\n", doc.hash());
        EditorDocument saved = assertInstanceOf(SaveOutcome.Saved.class, first).document();
        assertInstanceOf(SaveOutcome.Saved.class, workspace.save(saved, "", saved.hash()));
        assertInstanceOf(SaveOutcome.Saved.class, workspace.save(workspace.edit("Empty.md"), "again\n",
                workspace.edit("Empty.md").hash()));
        assertEquals("again\n", Files.readString(vault.resolve("Empty.md")));
    }

    @Test
    void aNoteWithMojibakeIsRepairedBeforeItIsEdited() {
        VaultException e = assertThrows(VaultException.class, () -> workspace.edit("Mojibake.md"));
        assertTrue(e.getMessage().contains("mojibake"), e.getMessage());
    }

    @Test
    void unsavedTextIsKeptOutsideTheVaultUntilSaved() throws Exception {
        EditorDocument doc = workspace.edit("Plain.md");
        workspace.keepRecovery("Plain.md", "# Plain\n\nhalf-typed", doc.hash());
        assertEquals(Optional.of(new io.vaultdesk.app.edit.RecoveryCopies.Copy("# Plain\n\nhalf-typed", doc.hash())),
                workspace.recovery("Plain.md"));
        assertEquals(Optional.empty(), workspace.recovery("Crlf.md"));
        try (var walk = Files.walk(vault)) {
            assertTrue(walk.noneMatch(p -> p.toString().contains("recovery")), "nothing of it in the vault");
        }
        workspace.save(doc, "# Plain\n\nhalf-typed", doc.hash());
        assertEquals(Optional.empty(), workspace.recovery("Plain.md"));
    }
}
