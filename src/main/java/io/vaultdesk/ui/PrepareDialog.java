package io.vaultdesk.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The "prepare for a meeting" page as Markdown, to read and to copy into a note or an email. */
final class PrepareDialog extends Dialog<Void> {
    static final ButtonType COPY = new ButtonType("Copy as Markdown", ButtonBar.ButtonData.LEFT);

    PrepareDialog(Window owner, String title, String markdown) {
        initOwner(owner);
        setTitle("Prepare: " + title);
        setResizable(true);
        TextArea text = new TextArea(markdown);
        text.setId("prepare-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(28);
        getDialogPane().setContent(text);
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        // Copy keeps the dialog open: the user may want to read on
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(markdown);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
    }
}
