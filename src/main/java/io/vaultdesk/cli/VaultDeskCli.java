package io.vaultdesk.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Errors the user can act on print one line and exit 2; nothing prints a stack trace. */
@Command(name = "vaultdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "VaultDesk: a desktop workspace for a vault of Markdown meeting notes.",
        subcommands = {ReportCommand.class, TasksCommand.class, ToggleCommand.class, WatchCommand.class})
public final class VaultDeskCli {
    public static final int USER_ERROR = 2;

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new VaultDeskCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            System.getLogger(VaultDeskCli.class.getName()).log(System.Logger.Level.DEBUG, "command failed", e);
            commandLine.getErr().println("vaultdesk: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof CliFailure f ? f.exitCode() : 1;
        });
        return cli.execute(args);
    }

    public static boolean isCommand(String arg) {
        // Read from the annotations, not from a CommandLine: building picocli's model took 0.2 s of every launch
        // of the window, which has no command.
        for (Class<?> command : VaultDeskCli.class.getAnnotation(Command.class).subcommands()) {
            Command spec = command.getAnnotation(Command.class);
            if (spec.name().equals(arg) || Arrays.asList(spec.aliases()).contains(arg)) {
                return true;
            }
        }
        return arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V");
    }
}
