package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.app.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** A UI test on the window and a fresh copy of the sample vault; after each, no workspace call ran on the FX thread. */
@ExtendWith(ApplicationExtension.class)
public abstract class SampleWindowTest {
    @TempDir
    protected Path temp;
    protected final FxThreadGuard guard = new FxThreadGuard();
    protected MainViewModel model;
    protected Path vault;

    /** Called from each test class's own {@code @Start}: TestFX looks for it in the test class alone. */
    protected void show(Stage stage) throws Exception {
        show(stage, UnaryOperator.identity());
    }

    /** @param around wraps the guarded workspace ({@link SampleWindow#show(Stage, Path, FxThreadGuard, UnaryOperator)}) */
    protected void show(Stage stage, UnaryOperator<Workspace> around) throws Exception {
        SampleWindow window = SampleWindow.show(stage, temp, guard, around);
        vault = window.vault();
        model = window.model();
    }

    @AfterEach
    void nothingRanOnTheFxThread() {
        assertEquals(List.of(), guard.violations(), "workspace calls made on the FX thread");
    }
}
