package io.vaultdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is never out of step with the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VaultDeskCli.class.getPackage().getImplementationVersion();
        return new String[] {"VaultDesk " + (v == null ? "(development build)" : v)};
    }
}
