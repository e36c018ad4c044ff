package io.vaultdesk;

import io.vaultdesk.cli.VaultDeskCli;
import io.vaultdesk.ui.DesktopApp;
import java.util.OptionalInt;

/**
 * The launcher. It does not extend javafx.application.Application, so the app runs from a plain classpath.
 * With a CLI command as first argument it runs headless and never loads the toolkit; otherwise it opens the
 * window, on the vault folder given as argument if there is one. Started without JVM options, it first runs
 * itself again with the package's ({@link TunedRelaunch}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt tuned = TunedRelaunch.runIfUntuned(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        if (args.length > 0 && VaultDeskCli.isCommand(args[0])) {
            System.exit(VaultDeskCli.run(args));
        }
        DesktopApp.launchWindow(args);
    }
}
