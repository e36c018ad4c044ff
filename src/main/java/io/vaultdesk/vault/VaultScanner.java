package io.vaultdesk.vault;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a vault's files with their size and modification time. Dot-folders and dotfiles are skipped; symbolic
 * links are not followed, so the scan never leaves the vault or loops. A sub-folder that cannot be read is
 * logged and skipped rather than failing the whole vault.
 */
public final class VaultScanner {
    private static final System.Logger LOG = System.getLogger(VaultScanner.class.getName());

    public List<VaultFile> scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a folder");
        }
        return scan(root, root);
    }

    /** The files below {@code folder}, a folder inside the vault, with paths relative to the vault's root. */
    public List<VaultFile> scan(Path root, Path folder) throws IOException {
        List<VaultFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && VaultPaths.isHidden(dir.getFileName().toString());
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !VaultPaths.isHidden(file.getFileName().toString())) {
                    files.add(new VaultFile(VaultPaths.relative(root, file), attrs.size(),
                            attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                LOG.log(Level.WARNING, "skipped unreadable " + file + ": " + e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }
}
