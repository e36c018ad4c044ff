package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
    @TempDir
    Path temp;

    @Test
    void whatTheAppLogsGoesToTheRollingFileInTheLogFolder() throws Exception {
        Path folder = temp.resolve("state/vaultdesk/logs");
        Path file = LogFiles.install(folder);
        try {
            assertEquals(folder.resolve("vaultdesk-0.log"), file);
            System.getLogger("io.vaultdesk.test").log(System.Logger.Level.WARNING, "a line for the log");
            for (Handler h : Logger.getLogger("").getHandlers()) {
                h.flush();
            }
            String text = Files.readString(file);
            assertTrue(text.contains("WARNING io.vaultdesk.test: a line for the log"), text);
        } finally {
            for (Handler h : Logger.getLogger("").getHandlers()) {
                if (h instanceof java.util.logging.FileHandler) {
                    Logger.getLogger("").removeHandler(h);
                    h.close();
                }
            }
        }
    }
}
