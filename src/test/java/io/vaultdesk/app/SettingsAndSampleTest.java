package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAndSampleTest {
    @TempDir
    Path temp;

    @Test
    void recentVaultsAreMostRecentFirstWithoutDuplicatesAndSurviveASave() throws Exception {
        Settings s = Settings.load(temp);
        for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
            s.vaultOpened(temp.resolve("v" + i));
        }
        s.vaultOpened(temp.resolve("v5"));
        s.put("window.width", "1000.5");
        s.save();
        Settings again = Settings.load(temp);
        assertEquals(Settings.MAX_RECENT, again.recentVaults().size());
        assertEquals(temp.resolve("v5"), again.recentVaults().get(0));
        assertEquals(1, again.recentVaults().stream().filter(p -> p.endsWith("v5")).count());
        assertEquals(1000.5, again.getDouble("window.width").orElseThrow());
    }

    @Test
    void aBrokenSettingsFileIsIgnored() throws Exception {
        Files.write(temp.resolve("settings.properties"), new byte[] {'r', 'e', 'c', 'e', 'n', 't', '.', '0', '=', '\\', 'u', 'z'});
        assertTrue(Settings.load(temp).recentVaults().isEmpty());
    }

    @Test
    void theSampleVaultIsCopiedOnceAndTheStartupFallsBackToIt() throws Exception {
        UserDirectories dirs = UserDirectories.of("Linux", Map.of("XDG_DATA_HOME", temp.resolve("data").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString()), temp);
        Settings settings = Settings.load(dirs.config());
        Path sample = StartupVault.choose(settings, dirs);
        assertEquals(dirs.data().resolve("Sample vault"), sample);
        assertTrue(Files.isRegularFile(sample.resolve("Meetings/2026/2026-11-23 - Nimbus exascale tier go-live readiness.md")));
        assertTrue(Files.isRegularFile(sample.resolve(".obsidian/app.json")));
        Path note = sample.resolve("README.md");
        Files.writeString(note, "changed by the user");
        assertEquals(sample, SampleVault.ensureCopied(dirs));
        assertEquals("changed by the user", Files.readString(note), "an existing copy is kept");

        Path mine = Files.createDirectories(temp.resolve("mine"));
        settings.vaultOpened(mine);
        assertEquals(mine, StartupVault.choose(settings, dirs));
        Files.delete(mine);
        assertEquals(sample, StartupVault.choose(settings, dirs), "a vanished vault falls back to the sample");
    }
}
