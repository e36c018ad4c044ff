package io.vaultdesk.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings: recent vaults, window layout, theme. A properties file in the per-user config folder,
 * written atomically; an unreadable or foreign file is ignored, never fatal, since settings are a convenience.
 */
public final class Settings {
    public static final int MAX_RECENT = 10;
    private static final String FILE = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path configDir) {
        Settings s = new Settings(configDir.resolve(FILE));
        if (Files.isRegularFile(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
            }
        }
        return s;
    }

    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(w, "VaultDesk settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Most recent first, without duplicates. */
    public synchronized List<Path> recentVaults() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = values.getProperty("recent." + i);
            if (v != null && !v.isBlank()) {
                recent.add(Path.of(v));
            }
        }
        return recent;
    }

    public synchronized void vaultOpened(Path vault) {
        Path abs = vault.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentVaults());
        recent.remove(abs);
        recent.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    public synchronized void forgetVault(Path vault) {
        List<Path> recent = new ArrayList<>(recentVaults());
        recent.remove(vault.toAbsolutePath().normalize());
        for (int i = 0; i < MAX_RECENT; i++) {
            values.remove("recent." + i);
        }
        for (int i = 0; i < recent.size(); i++) {
            values.setProperty("recent." + i, recent.get(i).toString());
        }
    }

    public Optional<Path> lastVault() {
        return recentVaults().stream().findFirst();
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    public Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
