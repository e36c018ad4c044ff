package io.vaultdesk.ui;

import static io.vaultdesk.ui.SampleWindow.onFx;
import static io.vaultdesk.ui.SampleWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The task board while a big vault's tasks are read: it says so, rather than that no task matches. */
class BoardReadingTest extends SampleWindowTest {
    /** Reading the vault's tasks waits for this, as it takes seconds on 100,000 notes. */
    private final CountDownLatch tasksHeld = new CountDownLatch(1);
    /** Reads of the tasks that fail before one succeeds. */
    private final AtomicInteger failingReads = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        show(stage, w -> WorkspaceProxy.of(w, "tasks held", (method, args) -> {
            if (method.getName().equals("tasks")) {
                tasksHeld.await(30, TimeUnit.SECONDS);
                if (failingReads.getAndDecrement() > 0) {
                    throw new IllegalStateException("the tasks could not be read (test)");
                }
            }
        }));
    }

    /** Before the base class's check: a read still held must not outlive the test. */
    @AfterEach
    void releaseTheTasks() {
        tasksHeld.countDown();
    }

    @Test
    void theBoardSaysItIsReadingUntilTheTasksAreInAndThenWhenNoneMatch(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "#board-placeholder");
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

    @Test
    void aReadThatFailedIsTriedAgainWhenTheVaultNextChanges(FxRobot robot) throws Exception {
        tasksHeld.countDown();
        failingReads.set(1);
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(onFx(() -> model.statusProperty().get().contains("could not be read")),
                "the first read failed and said so");
        waitUntil(onFx(() -> robot.lookup("#board-placeholder").tryQuery().map(n -> ((Label) n).getText())
                .orElse("").equals("No tasks match")), "no longer reading");

        java.nio.file.Files.writeString(vault.resolve("Inbox/Board retry.md"), "- [ ] Try the board again\n");
        waitUntil(onFx(() -> robot.lookup("#board-list").queryListView().getItems().size() > 0),
                "the vault's next change reads the tasks again");
    }

    private static String textOf(Label label) throws Exception {
        return WaitForAsyncUtils.asyncFx(label::getText).get(5, TimeUnit.SECONDS);
    }
}
