package io.vaultdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: java.util.logging (where System.Logger and the libraries' SLF4J go) into a rolling file in the
 * per-user log folder: five files of 2 MB, the newest {@code vaultdesk-0.log}.
 */
public final class LogFiles {
    private static final int LIMIT = 2 * 1024 * 1024;
    private static final int COUNT = 5;

    private LogFiles() {
    }

    /** @return the file being written now */
    public static Path install(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        FileHandler file = new FileHandler(folder.resolve("vaultdesk-%g.log").toString(), LIMIT, COUNT, true);
        file.setFormatter(new SimpleFormatter());
        file.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(file);
        return folder.resolve("vaultdesk-0.log");
    }
}
