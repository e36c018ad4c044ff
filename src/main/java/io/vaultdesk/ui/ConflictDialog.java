package io.vaultdesk.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** A save found the note changed on disk: the user's text and the disk's, side by side, and a choice. */
final class ConflictDialog extends Dialog<ConflictDialog.Choice> {
    enum Choice { KEEP_MINE, TAKE_THEIRS, CANCEL }

    ConflictDialog(Window owner, String path, String mine, String disk, boolean deleted) {
        initOwner(owner);
        setTitle("The note changed on disk");
        setHeaderText(deleted ? path + " was deleted while you edited it."
                : path + " was changed by another program while you edited it. Nothing has been written yet.");
        setResizable(true);
        TextArea left = area(mine, "editor-mine");
        TextArea right = area(deleted ? "(deleted)" : disk, "editor-disk");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, new Label("Your version"), new Label(deleted ? "On disk" : "On disk now"));
        grid.addRow(1, left, right);
        GridPane.setHgrow(left, Priority.ALWAYS);
        GridPane.setHgrow(right, Priority.ALWAYS);
        GridPane.setVgrow(left, Priority.ALWAYS);
        getDialogPane().setContent(grid);
        ButtonType keep = new ButtonType(deleted ? "Write mine again" : "Keep mine (replace the disk's)",
                ButtonBar.ButtonData.YES);
        ButtonType take = new ButtonType(deleted ? "Close it" : "Take the disk's (lose mine)", ButtonBar.ButtonData.NO);
        getDialogPane().getButtonTypes().addAll(keep, take, ButtonType.CANCEL);
        setResultConverter(b -> b == keep ? Choice.KEEP_MINE : b == take ? Choice.TAKE_THEIRS : Choice.CANCEL);
    }

    private static TextArea area(String text, String id) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefColumnCount(48);
        a.setPrefRowCount(20);
        return a;
    }
}
