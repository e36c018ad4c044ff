package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Editing a note in the window: save with Ctrl+S; a change made on disk meanwhile is shown, not overwritten. */
class EditorFlowsTest extends SampleWindowTest {
    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        show(stage);
    }

    private static final String NOTE = "People/Dana Whitfield.md";

    private EditorView openEditor(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.interact(() -> model.open(NOTE));
        waitUntil(() -> model.noteProperty().get() != null && model.noteProperty().get().path().equals(NOTE));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        EditorView editor = robot.lookup("#editor").queryAs(EditorView.class);
        waitUntil(() -> editor.path().equals(Optional.of(NOTE)) && !editor.code().getText().isEmpty());
        return editor;
    }

    @Test
    void aNoteTheEditorRefusesLeavesTheReaderShowingWithTheReason(FxRobot robot) throws Exception {
        String garbled = "Meetings/2026/2026-11-05 - Nimbus GPU cloud momentum and Frankfurt launch.md";
        byte[] before = Files.readAllBytes(vault.resolve(garbled));
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.interact(() -> model.open(garbled));
        waitUntil(() -> model.noteProperty().get() != null && model.noteProperty().get().path().equals(garbled));
        CentreView reading = model.centreProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> model.statusProperty().get().contains("repair it from the reader"));
        waitUntil(() -> model.centreProperty().get() == reading);
        assertEquals(garbled, model.noteProperty().get().path());
        assertEquals(null, model.editingProperty().get());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(vault.resolve(garbled))));
    }

    @Test
    void typingAndCtrlSSavesTheNoteAndTheReaderShowsIt(FxRobot robot) throws Exception {
        EditorView editor = openEditor(robot);
        String before = Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8);
        robot.clickOn("#editor-text");
        robot.interact(() -> editor.code().moveTo(editor.code().getLength()));
        robot.write("\nAdded from the editor, see [[Nim");
        SampleWindow.waitUntilFound(robot, "Nimbus Cloud");
        robot.clickOn("Nimbus Cloud");
        waitUntil(() -> editor.code().getText().endsWith("see [[Nimbus Cloud]]"));
        assertTrue(editor.dirtyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !editor.dirtyProperty().get());
        assertEquals(before + "\nAdded from the editor, see [[Nimbus Cloud]]",
                Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8));
        robot.clickOn("#editor-close");
        waitUntil(() -> model.centreProperty().get() != CentreView.EDITOR
                && model.noteProperty().get().html().contains("Added from the editor"));
    }

    @Test
    void aChangeOnDiskWhileEditingIsShownAndNotOverwritten(FxRobot robot) throws Exception {
        EditorView editor = openEditor(robot);
        robot.clickOn("#editor-text");
        robot.interact(() -> editor.code().moveTo(0));
        robot.write("Mine. ");
        String theirs = "# Dana Whitfield\n\nRewritten on another machine.\n";
        Files.writeString(vault.resolve(NOTE), theirs, StandardCharsets.UTF_8);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "#editor-disk");
        assertEquals(theirs, robot.lookup("#editor-disk").queryTextInputControl().getText());
        assertTrue(robot.lookup("#editor-mine").queryTextInputControl().getText().startsWith("Mine. "));
        assertEquals(theirs, Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8), "nothing written");
        robot.clickOn("Cancel");
        assertEquals(theirs, Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8));
        assertTrue(editor.dirtyProperty().get(), "the user's text is still there to save or copy");
    }

    @Test
    void unsavedTextIsAskedAboutOnCloseAndKeptOutsideTheVault(FxRobot robot) throws Exception {
        EditorView editor = openEditor(robot);
        String original = Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8);
        robot.clickOn("#editor-text");
        robot.interact(() -> editor.code().moveTo(0));
        robot.write("Half-typed. ");
        robot.clickOn("#editor-close");
        SampleWindow.waitUntilFound(robot, "Unsaved changes");
        robot.clickOn("Cancel");
        assertEquals(CentreView.EDITOR, model.centreProperty().get(), "Cancel stays in the editor");
        assertTrue(editor.code().getText().startsWith("Half-typed. "));
        // kept every few seconds while typing, for after a crash; the note itself is untouched
        waitUntil(() -> model.workspaceProperty().get().recovery(NOTE).map(t -> t.text().startsWith("Half-typed. "))
                .orElse(false));
        assertEquals(original, Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8));
    }

    @Test
    void savingOnTheWayToAnotherNoteWritesEachNoteItsOwnText(FxRobot robot) throws Exception {
        EditorView editor = openEditor(robot);
        String other = "People/Priya Raman.md";
        String priya = Files.readString(vault.resolve(other), StandardCharsets.UTF_8);
        robot.clickOn("#editor-text");
        robot.interact(() -> editor.code().moveTo(0));
        robot.write("Mine. ");
        javafx.application.Platform.runLater(() -> model.edit(other)); // it asks in a dialog: not inside interact()
        waitUntil(SampleWindow.onFx(() -> robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Discard")).tryQuery().isPresent()));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Save")).queryButton());
        waitUntil(() -> editor.path().equals(Optional.of(other)) && editor.code().getText().equals(priya));
        assertTrue(Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8).startsWith("Mine. "));
        robot.clickOn("#editor-text");
        robot.interact(() -> editor.code().moveTo(0));
        robot.write("Hers. ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !editor.dirtyProperty().get());
        assertEquals("Hers. " + priya, Files.readString(vault.resolve(other), StandardCharsets.UTF_8));
        assertTrue(Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8).startsWith("Mine. "),
                "the first note keeps its own text");
    }

    @Test
    void restoredTextTypedOnAnOlderVersionDoesNotOverwriteANewerNote(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        long old = io.vaultdesk.vault.ContentHash.of(Files.readAllBytes(vault.resolve(NOTE)));
        model.workspaceProperty().get().keepRecovery(NOTE, "Typed before the crash\n", old);
        String synced = "# Dana Whitfield\n\nChanged by sync after the crash.\n";
        Files.writeString(vault.resolve(NOTE), synced, StandardCharsets.UTF_8);
        robot.interact(() -> model.open(NOTE));
        waitUntil(() -> model.noteProperty().get() != null && model.noteProperty().get().html().contains("sync"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "Restore");
        robot.clickOn("Restore");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "#editor-disk");
        assertEquals(synced, robot.lookup("#editor-disk").queryTextInputControl().getText());
        assertEquals(synced, Files.readString(vault.resolve(NOTE), StandardCharsets.UTF_8), "nothing overwritten");
        robot.clickOn("Cancel");
    }

    @Test
    void textKeptBeforeACrashIsOfferedBack(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        long base = io.vaultdesk.vault.ContentHash.of(Files.readAllBytes(vault.resolve(NOTE)));
        model.workspaceProperty().get().keepRecovery(NOTE, "Recovered text\n", base);
        robot.interact(() -> model.open(NOTE));
        waitUntil(() -> model.noteProperty().get() != null && model.noteProperty().get().path().equals(NOTE));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "Restore");
        robot.clickOn("Restore");
        EditorView editor = robot.lookup("#editor").queryAs(EditorView.class);
        waitUntil(() -> editor.code().getText().equals("Recovered text\n"));
        assertTrue(editor.dirtyProperty().get(), "restored, not yet saved");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        SampleWindow.waitUntil(condition);
    }
}
