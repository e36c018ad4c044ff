package io.vaultdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which vault the window opens when none is named: the last one, if it is still there, else the sample. */
public final class StartupVault {
    private StartupVault() {
    }

    public static Path choose(Settings settings, UserDirectories dirs) throws VaultException {
        java.util.Optional<Path> last = settings.lastVault().filter(Files::isDirectory);
        return last.isPresent() ? last.get() : SampleVault.ensureCopied(dirs);
    }
}
