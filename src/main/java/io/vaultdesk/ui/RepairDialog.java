package io.vaultdesk.ui;

import io.vaultdesk.app.RepairPreview;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows every line a mojibake repair would change, before and after; the repair runs only on OK. */
final class RepairDialog {
    private RepairDialog() {
    }

    static boolean confirm(Window owner, RepairPreview preview) {
        StringBuilder text = new StringBuilder();
        for (RepairPreview.Change c : preview.changes()) {
            text.append("line ").append(c.line()).append('\n')
                    .append("  now:   ").append(c.before()).append('\n')
                    .append("  after: ").append(c.after()).append("\n\n");
        }
        TextArea changes = new TextArea(text.toString());
        changes.setId("repair-changes");
        changes.setEditable(false);
        changes.setWrapText(true);
        changes.setPrefSize(760, 360);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        ask.setTitle("Repair the file");
        ask.setHeaderText("Repair " + preview.changes().size() + " garbled lines in " + preview.path()
                + "?\nThe file as it is now is kept as a backup outside the vault.");
        ask.getDialogPane().setContent(changes);
        ask.initOwner(owner);
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
