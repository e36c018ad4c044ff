package io.vaultdesk.cli;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that works on a vault takes: the vault folder and, optionally, where its index lives. */
final class VaultOptions {
    @Parameters(index = "0", paramLabel = "VAULT", description = "the vault folder")
    Path vault;

    @Option(names = "--index-dir", paramLabel = "DIR",
            description = "where the index lives (default: a per-user data folder)")
    Path indexDir;

    VaultSession open() {
        try {
            return indexDir == null ? VaultSession.open(vault) : VaultSession.open(vault, indexDir);
        } catch (VaultException e) {
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
    }
}
