package io.vaultdesk.index;

import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.vault.VaultPaths;
import io.vaultdesk.vault.VaultScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * What a scan of the whole vault would return, looking only at some paths: those paths as they are on disk now
 * (a folder scanned below, a missing path left out, so the plan removes it), every other file as the index last
 * saw it. Lets a watcher's small batch reuse the full sync's plan at the cost of a stat per changed path.
 */
final class PartialScan {
    private PartialScan() {
    }

    static List<VaultFile> of(Path root, Collection<IndexedFile> known, Collection<String> paths)
            throws IOException {
        // Sorted, so that a folder's files are one range: "a/" up to "a0" ('0' follows '/').
        TreeMap<String, VaultFile> files = new TreeMap<>();
        known.forEach(k -> files.put(k.path(), new VaultFile(k.path(), k.size(), k.mtime())));
        for (String path : paths) {
            files.remove(path);
            files.subMap(path + "/", path + "0").clear();
            if (VaultPaths.isInHiddenFolder(path)) {
                continue;
            }
            Path absolute = root.resolve(path);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // gone, or under what is now a file ("Not a directory"): either way, not there
            }
            if (attrs.isDirectory()) {
                new VaultScanner().scan(root, absolute).forEach(f -> files.put(f.path(), f));
            } else if (attrs.isRegularFile()) {
                files.put(path, new VaultFile(path, attrs.size(), attrs.lastModifiedTime().toMillis()));
            }
        }
        return new ArrayList<>(files.values());
    }
}
