package io.vaultdesk.ui;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.Workspace;
import io.vaultdesk.index.IndexProgress;
import java.nio.file.Path;

/** Opens a vault for the window; the tests give one that puts the index in a temporary folder. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path vault, IndexProgress progress) throws VaultException;
}
