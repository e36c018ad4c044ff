package io.vaultdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user places the platform expects: XDG on Linux, %APPDATA%/%LOCALAPPDATA% on Windows,
 * ~/Library on macOS. Taken from an environment map and a home folder, so tests can point them anywhere.
 */
public record UserDirectories(Path config, Path data, Path cache, Path logs) {
    private static final String APP = "vaultdesk";

    public static UserDirectories forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static UserDirectories of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = dir(env, "APPDATA").orElse(home.resolve("AppData/Roaming")).resolve("VaultDesk");
            Path local = dir(env, "LOCALAPPDATA").orElse(home.resolve("AppData/Local")).resolve("VaultDesk");
            return new UserDirectories(roaming, local, local.resolve("Cache"), local.resolve("Logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support/VaultDesk");
            return new UserDirectories(support, support, library.resolve("Caches/VaultDesk"),
                    library.resolve("Logs/VaultDesk"));
        }
        Path data = dir(env, "XDG_DATA_HOME").orElse(home.resolve(".local/share")).resolve(APP);
        Path state = dir(env, "XDG_STATE_HOME").orElse(home.resolve(".local/state")).resolve(APP);
        return new UserDirectories(
                dir(env, "XDG_CONFIG_HOME").orElse(home.resolve(".config")).resolve(APP),
                data,
                dir(env, "XDG_CACHE_HOME").orElse(home.resolve(".cache")).resolve(APP),
                state.resolve("logs"));
    }

    /** XDG says a relative or empty value is to be ignored. */
    private static Optional<Path> dir(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? Optional.of(p) : Optional.empty();
    }
}
