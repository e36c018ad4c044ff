package io.vaultdesk.cli;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Bring the index up to date and print the vault's figures as one JSON object.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;

    @Option(names = "--stats", description = "also print what the index update did, on standard error")
    boolean stats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws VaultException {
        try (VaultSession session = options.open()) {
            SyncStats sync = session.sync(IndexProgress.NONE);
            if (stats) {
                spec.commandLine().getErr().println(Json.write(java.util.Map.of(
                        "full_build", sync.fullBuild(), "files", sync.files(), "parsed", sync.parsed(),
                        "removed", sync.removed(), "touched", sync.touched(), "unchanged", sync.unchanged(),
                        "millis", sync.millis())));
            }
            spec.commandLine().getOut().println(Json.write(ReportJson.of(session.report())));
            return 0;
        } catch (VaultException e) {
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
    }
}
