package io.vaultdesk.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a vault's index lives: one folder per vault path under the per-user data folder, outside the vault so
 * that sync tools never copy it. The folder name keeps the vault's name for people who look, plus a hash of the
 * full path so two vaults of the same name never share an index.
 */
public final class IndexLocation {
    private IndexLocation() {
    }

    public static Path forVault(UserDirectories dirs, Path vault) {
        Path absolute = vault.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        String readable = name == null ? "root" : name.toString().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return dirs.data().resolve("indexes").resolve(readable + "-" + shortHash(absolute.toString()));
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
