package io.vaultdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VaultDeskCliTest {
    @Test
    void theLaunchersCheapCommandTestAgreesWithPicocli() {
        Set<String> picocli = new TreeSet<>(new CommandLine(new VaultDeskCli()).getSubcommands().keySet());
        assertEquals(Set.of("report", "tasks", "toggle", "watch"), picocli);
        for (String name : picocli) {
            assertTrue(VaultDeskCli.isCommand(name), name);
        }
        for (String option : new String[] {"--help", "-h", "--version", "-V"}) {
            assertTrue(VaultDeskCli.isCommand(option), option);
        }
    }

    @Test
    void aVaultPathIsNotACommand() {
        assertFalse(VaultDeskCli.isCommand("/home/me/Notes"));
        assertFalse(VaultDeskCli.isCommand("reports"));
        assertFalse(VaultDeskCli.isCommand(""));
    }
}
