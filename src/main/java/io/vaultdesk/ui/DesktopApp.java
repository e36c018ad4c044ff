package io.vaultdesk.ui;

import io.vaultdesk.app.IndexLocation;
import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.Settings;
import io.vaultdesk.app.UserDirectories;
import io.vaultdesk.app.StartupVault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. It opens, in this order: the vault named on the command line, the last vault, or
 * the bundled sample vault (copied to the per-user data folder on first run, so ticking a task can write).
 */
public final class DesktopApp extends Application {
    private MainViewModel model;

    public static void launchWindow(String[] args) {
        StartupProbe.mark("main");
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx_start");
        UserDirectories dirs = UserDirectories.forCurrentUser();
        Path logFile = dirs.logs().resolve("vaultdesk-0.log");
        try {
            logFile = io.vaultdesk.app.LogFiles.install(dirs.logs());
        } catch (java.io.IOException e) {
            System.getLogger(DesktopApp.class.getName()).log(System.Logger.Level.WARNING, "no log file", e);
        }
        CrashReporter.install(logFile, getHostServices());
        Settings settings = Settings.load(dirs.config());
        // Backups sit beside the indexes, one folder per vault, named as its index is (name and path hash).
        WorkspaceOpener opener = vault -> OpenWorkspace.open(vault, Optional.empty(), dirs.data().resolve("backups")
                .resolve(IndexLocation.forVault(dirs, vault).getFileName().toString()));
        model = new MainViewModel(opener, settings);
        // The vault opens while the window is being built: the index and the toolkit start side by side.
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            model.openVault(Path.of(args.get(0)));
        } else {
            model.openVault(() -> StartupVault.choose(settings, dirs));
        }
        show(stage, model, FolderChooser.system(), this);
        StartupProbe.attachIfAsked(stage, model);
    }

    /** Builds and shows the window; the tests call it with their own opener, settings and chooser. */
    public static MainViewModel show(Stage stage, WorkspaceOpener opener, Settings settings, FolderChooser chooser,
                                     Application app) {
        MainViewModel model = new MainViewModel(opener, settings);
        show(stage, model, chooser, app);
        return model;
    }

    private static void show(Stage stage, MainViewModel model, FolderChooser chooser, Application app) {
        StartupProbe.mark("vault_opening");
        Themes.apply(model);
        StartupProbe.mark("theme");
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var icon = DesktopApp.class.getResource("icons/vaultdesk-" + size + ".png");
            if (icon != null) {
                // decoded in the background: seven PNGs read on the FX thread held the window back
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        new MainWindow(stage, model, chooser, app == null ? null : app.getHostServices());
        StartupProbe.mark("window_built");
        stage.setOnHidden(e -> model.shutdown());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> model.windowShown());
        if (stage.isShowing()) {
            model.windowShown(); // shown before: it will not be shown again
        }
        stage.show();
        StartupProbe.mark("shown");
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
    }
}
