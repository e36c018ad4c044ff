package io.vaultdesk.ui.board;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Asks for a due date, starting from the task's own. */
final class DueDateDialog {
    private DueDateDialog() {
    }

    static Optional<LocalDate> ask(Window owner, Optional<LocalDate> current) {
        DatePicker picker = new DatePicker(current.orElse(LocalDate.now()));
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Due date");
        dialog.setHeaderText("When is this task due?");
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait();
    }
}
