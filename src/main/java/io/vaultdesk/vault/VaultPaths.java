package io.vaultdesk.vault;

import java.nio.file.Path;
import java.util.Locale;

/** The rules for vault-relative paths: '/'-separated, notes end in ".md", dot-folders are not part of the vault. */
public final class VaultPaths {
    private VaultPaths() {
    }

    public static boolean isNote(String path) {
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3);
    }

    /** ".obsidian", ".trash", ".git" and their like hold app state, not notes. */
    public static boolean isHidden(String fileName) {
        return fileName.startsWith(".");
    }

    public static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }

    /** True when any segment of the relative path is hidden: such a path is outside the vault's notes. */
    public static boolean isInHiddenFolder(String path) {
        for (String segment : path.split("/")) {
            if (isHidden(segment)) {
                return true;
            }
        }
        return false;
    }

    /** "Meetings/2025/Note.md" → "Note"; attachments keep their extension. */
    public static String name(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return isNote(file) ? file.substring(0, file.length() - 3) : file;
    }

    /** "Meetings/2025/Note.md" → "Meetings/2025"; "Note.md" → "". */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
