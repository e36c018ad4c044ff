package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nothing caught is shown with the log's path, never a silent exit. */
@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.getDefaultUncaughtExceptionHandler();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void anUncaughtErrorOnTheFxThreadShowsItsMessageAndTheLog(FxRobot robot) throws Exception {
        Path log = Path.of("/tmp/logs/vaultdesk-0.log");
        CrashReporter.install(log, null);
        Platform.runLater(() -> {
            throw new IllegalStateException("the index went away");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("the index went away"), pane.getContentText());
        assertTrue(pane.getContentText().contains(log.toString()), pane.getContentText());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
