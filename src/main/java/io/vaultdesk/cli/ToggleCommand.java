package io.vaultdesk.cli;

import io.vaultdesk.app.TaskChange;
import io.vaultdesk.app.TaskEdit;
import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.app.VaultTasks;
import io.vaultdesk.index.IndexProgress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "toggle", mixinStandardHelpOptions = true,
        description = {"Tick or untick the task on a line of a note, as the task board does: only that line changes "
                + "(a completed recurring task also gets its next occurrence above it).",
                "Exit 0 when written; 1 when the line holds no task or the write was refused (the file is left as "
                        + "it was); 2 for a bad vault or argument."})
final class ToggleCommand implements Callable<Integer> {
    static final int REFUSED = 1;

    @Mixin
    VaultOptions options;

    @Parameters(index = "1", paramLabel = "PATH:LINE",
            description = "the note, relative to the vault, and the 1-based line of the task")
    String where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int colon = where.lastIndexOf(':');
        int line;
        try {
            line = colon > 0 ? Integer.parseInt(where.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            line = -1;
        }
        if (line < 1) {
            throw new CliFailure("expected PATH:LINE with a line number from 1, not \"" + where + "\"",
                    VaultDeskCli.USER_ERROR);
        }
        try (VaultSession session = options.open()) {
            session.sync(IndexProgress.NONE);
            TaskChange change = new VaultTasks(session).editAt(relative(session.root(), where.substring(0, colon)),
                    line, new TaskEdit.Toggle());
            if (!change.result().written()) {
                spec.commandLine().getErr().println("vaultdesk: not written: " + change.result().message());
                return REFUSED;
            }
            spec.commandLine().getOut().println(change.result().message());
            return 0;
        } catch (VaultException e) {
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
    }

    /** A path as the index writes it: relative to the vault, with '/'; an absolute one inside the vault is accepted. */
    private static String relative(Path root, String path) {
        String p = path.replace('\\', '/');
        try {
            Path given = Path.of(path);
            if (given.isAbsolute() && given.normalize().startsWith(root)) {
                p = io.vaultdesk.vault.VaultPaths.relative(root, given.normalize());
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a path of this system: looked up as written, and refused there
        }
        return p.startsWith("./") ? p.substring(2) : p;
    }
}
