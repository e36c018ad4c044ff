package io.vaultdesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;

/** Filter choices of "any" or one value, refilled as the vault changes without losing the user's choice. */
public final class Choices {
    private Choices() {
    }

    /**
     * The values are folded without case (a vault writes "Acme" in one note and "ACME" in another), so the choice
     * follows a value whose spelling changed. A chosen value that is no longer among them falls back to "any": the
     * caller then sets its filter from {@link #chosen}, so that the box never shows "any" while the view still
     * filters by the old value.
     */
    public static void refill(ComboBox<String> box, String any, List<String> values) {
        if (box.getItems().size() == values.size() + 1 && box.getItems().subList(1, box.getItems().size())
                .equals(values)) {
            return;
        }
        String chosen = box.getValue();
        box.getItems().setAll(any);
        box.getItems().addAll(values);
        box.setValue(chosen == null || chosen.equals(any) ? any
                : values.stream().filter(chosen::equalsIgnoreCase).findFirst().orElse(any));
    }

    /** The box's value for a filter: empty for "any". */
    public static Optional<String> chosen(ComboBox<String> box, String any) {
        return chosen(box.getValue(), any);
    }

    public static Optional<String> chosen(String value, String any) {
        return value == null || value.equals(any) ? Optional.empty() : Optional.of(value);
    }
}
