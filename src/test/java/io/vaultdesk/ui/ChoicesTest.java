package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A filter box refilled as the vault changes: the user's choice stays while its value does. */
@ExtendWith(ApplicationExtension.class)
class ChoicesTest {
    private static final String ANY = "Any account";

    @Test
    void theChoiceFollowsItsValueAndFallsBackToAnyWhenItIsGone() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<String> box = new ComboBox<>();
            Choices.refill(box, ANY, List.of("Acme", "Beta"));
            assertEquals(ANY, box.getValue());
            box.setValue("Acme");
            assertEquals(Optional.of("Acme"), Choices.chosen(box, ANY));

            Choices.refill(box, ANY, List.of("ACME", "Beta"));
            assertEquals("ACME", box.getValue(), "the same account, now first written in capitals");
            Choices.refill(box, ANY, List.of("ACME", "Beta", "Gamma"));
            assertEquals("ACME", box.getValue());
            assertEquals(List.of(ANY, "ACME", "Beta", "Gamma"), box.getItems());

            Choices.refill(box, ANY, List.of("Beta"));
            assertEquals(ANY, box.getValue(), "no note has it any more");
            assertEquals(Optional.empty(), Choices.chosen(box, ANY));

            box.setValue(null);
            Choices.refill(box, ANY, List.of("Beta", "Gamma"));
            assertEquals(ANY, box.getValue(), "no value is any");
        }).get();
    }
}
