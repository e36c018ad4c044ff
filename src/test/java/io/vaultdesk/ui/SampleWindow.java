package io.vaultdesk.ui;

import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.SampleVault;
import io.vaultdesk.app.Settings;
import io.vaultdesk.app.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a fresh copy of the sample vault, every workspace call checked by the guard: the UI tests' start. */
public record SampleWindow(Path vault, MainViewModel model) {
    public static SampleWindow show(Stage stage, Path temp, FxThreadGuard guard) throws Exception {
        return show(stage, temp, guard, UnaryOperator.identity());
    }

    /** @param around wraps the guarded workspace, e.g. to hold or fail some of its calls ({@link WorkspaceProxy}) */
    public static SampleWindow show(Stage stage, Path temp, FxThreadGuard guard, UnaryOperator<Workspace> around)
            throws Exception {
        Path vault = SampleVault.copyTo(temp.resolve("Sample vault"));
        MainViewModel model = DesktopApp.show(stage, v -> around.apply(guard.wrap(OpenWorkspace.open(v,
                Optional.of(temp.resolve("index")), temp.resolve("data/backups")))),
                Settings.load(temp.resolve("config")), owner -> Optional.empty(), null);
        model.openVault(vault);
        return new SampleWindow(vault, model);
    }

    /** Until the vault is open and indexed. */
    public void waitForVault() throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Until a lookup finds a node: it runs on the FX thread, since a lookup while the scene changes can fail. */
    public static void waitUntilFound(org.testfx.api.FxRobot robot, String query) throws Exception {
        waitUntil(onFx(() -> robot.lookup(query).tryQuery().isPresent()));
    }

    /**
     * A condition asked on the FX thread, for {@link #waitUntil}: false while the FX thread is too busy to answer
     * within a second, so that the wait goes on rather than failing at once.
     */
    public static Callable<Boolean> onFx(Callable<Boolean> condition) {
        return () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition).get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            }
        };
    }

    /** As {@link #waitUntil(Callable)}, failing with what was awaited. */
    public static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what, e);
        }
    }
}
