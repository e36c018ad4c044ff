package io.vaultdesk.ui;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.Workspace;
import java.nio.file.Path;

/**
 * Opens a vault for the window, without reading it yet ({@link Workspace#bringUpToDate} does); the tests give one
 * that puts the index in a temporary folder.
 */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path vault) throws VaultException;
}
