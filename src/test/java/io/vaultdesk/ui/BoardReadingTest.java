package io.vaultdesk.ui;

import static io.vaultdesk.ui.SampleWindow.onFx;
import static io.vaultdesk.ui.SampleWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.SampleVault;
import io.vaultdesk.app.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The task board while a big vault's tasks are read: it says so, rather than that no task matches. */
@ExtendWith(ApplicationExtension.class)
class BoardReadingTest {
    @TempDir
    Path temp;
    private final FxThreadGuard guard = new FxThreadGuard();
    /** Reading the vault's tasks waits for this, as it takes seconds on 100,000 notes. */
    private final CountDownLatch tasksHeld = new CountDownLatch(1);
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = SampleVault.copyTo(temp.resolve("Sample vault"));
        model = DesktopApp.show(stage, v -> WorkspaceProxy.of(guard.wrap(OpenWorkspace.open(v,
                        Optional.of(temp.resolve("index")), temp.resolve("backups"))), "tasks held",
                        (method, args) -> {
                            if (method.getName().equals("tasks")) {
                                tasksHeld.await(30, TimeUnit.SECONDS);
                            }
                        }),
                Settings.load(temp.resolve("config")), owner -> Optional.empty(), null);
        model.openVault(vault);
    }

    @AfterEach
    void nothingRanOnTheFxThread() {
        tasksHeld.countDown();
        assertEquals(List.of(), guard.violations(), "workspace calls made on the FX thread");
    }

    @Test
    void theBoardSaysItIsReadingUntilTheTasksAreInAndThenWhenNoneMatch(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(onFx(() -> robot.lookup("#board-placeholder").tryQuery().isPresent()));
        Label placeholder = robot.lookup("#board-placeholder").queryAs(Label.class);
        waitUntil(onFx(() -> placeholder.getText().equals("Reading the tasks…")));
        Thread.sleep(300); // still held: it does not turn into "no tasks match"
        assertEquals("Reading the tasks…", textOf(placeholder));

        tasksHeld.countDown();
        waitUntil(onFx(() -> robot.lookup("#board-list").queryListView().getItems().size() > 0),
                "the cards come in");
        robot.clickOn("#board-text").write("no task has these words zq");
        waitUntil(onFx(() -> robot.lookup("#board-list").queryListView().getItems().isEmpty()));
        assertEquals("No tasks match", textOf(placeholder));
    }

    private static String textOf(Label label) throws Exception {
        return WaitForAsyncUtils.asyncFx(label::getText).get(5, TimeUnit.SECONDS);
    }
}
