package io.vaultdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * An error nothing else caught is logged and shown, with where the log is: never a silent exit. One dialog at a
 * time, so a failure that repeats does not bury the window in them.
 */
final class CrashReporter {
    private static final System.Logger LOG = System.getLogger(CrashReporter.class.getName());
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private CrashReporter() {
    }

    static void install(Path logFile, HostServices host) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught in " + thread.getName(), error);
            if (SHOWING.compareAndSet(false, true)) {
                Platform.runLater(() -> show(error, logFile, host));
            }
        });
    }

    private static void show(Throwable error, Path logFile, HostServices host) {
        try {
            ButtonType openLogs = new ButtonType("Open log folder", ButtonBar.ButtonData.LEFT);
            Alert alert = new Alert(Alert.AlertType.ERROR, (error.getMessage() == null ? error.toString()
                    : error.getMessage()) + "\n\nThe details are in " + logFile
                    + ".\nYour notes are as they were: VaultDesk writes a note only when it is sure.",
                    openLogs, ButtonType.CLOSE);
            alert.setHeaderText("Something went wrong");
            alert.showAndWait().filter(b -> b == openLogs).ifPresent(b -> {
                if (host != null) {
                    host.showDocument(logFile.getParent().toUri().toString());
                }
            });
        } finally {
            SHOWING.set(false);
        }
    }
}
