package io.vaultdesk.ui;

import java.util.List;
import javafx.scene.control.ComboBox;

/** Filter choices of "any" or one value, refilled as the vault changes without losing the user's choice. */
public final class Choices {
    private Choices() {
    }

    public static void refill(ComboBox<String> box, String any, List<String> values) {
        if (box.getItems().size() == values.size() + 1 && box.getItems().subList(1, box.getItems().size())
                .equals(values)) {
            return;
        }
        String chosen = box.getValue();
        box.getItems().setAll(any);
        box.getItems().addAll(values);
        box.setValue(chosen != null && box.getItems().contains(chosen) ? chosen : any);
    }
}
