package io.vaultdesk.cli;

/** The {@code vaultdesk-cli} launcher of the installed app: the commands alone, never the window. */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        System.exit(VaultDeskCli.run(args.length == 0 ? new String[] {"--help"} : args));
    }
}
