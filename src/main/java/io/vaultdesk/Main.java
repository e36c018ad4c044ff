package io.vaultdesk;

import io.vaultdesk.cli.VaultDeskCli;

/**
 * The launcher. It does not extend javafx.application.Application, so the app runs from a plain classpath;
 * with a CLI command as first argument it runs headless and never loads the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(VaultDeskCli.run(args));
    }
}
