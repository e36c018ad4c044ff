package io.vaultdesk.index;

import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.VaultFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The difference between the vault on disk and the index: which files to read, which to drop.
 * A file whose size and time match what was indexed is skipped unread, unless it was read within the racy
 * window of its own modification time (then the hash decides, as git does for its index).
 */
record SyncPlan(List<Item> toRead, List<Integer> removed, int unchanged, Map<String, Integer> idByPath,
                Set<String> changedKeys) {

    /** @param knownHash present when the file was indexed before; the reader compares it with the bytes */
    record Item(int id, VaultFile file, OptionalLong knownHash) {
    }

    static SyncPlan of(List<VaultFile> files, Map<String, IndexedFile> known, long racyMillis) {
        return of(files, known, racyMillis, Set.of());
    }

    /**
     * @param mustRead paths an event named: read whatever their size and time say, since a copy with
     *                 {@code cp -p}, {@code rsync -t} or a tick that keeps the size can leave both unchanged
     */
    static SyncPlan of(List<VaultFile> files, Map<String, IndexedFile> known, long racyMillis,
                       Set<String> mustRead) {
        int nextId = known.values().stream().mapToInt(IndexedFile::id).max().orElse(0) + 1;
        List<Item> toRead = new ArrayList<>();
        Map<String, Integer> idByPath = new HashMap<>(files.size() * 2);
        Set<String> changedKeys = new HashSet<>();
        int unchanged = 0;
        for (VaultFile f : files) {
            IndexedFile k = known.get(f.path());
            if (k == null) {
                int id = nextId++;
                idByPath.put(f.path(), id);
                toRead.add(new Item(id, f, OptionalLong.empty()));
                changedKeys.add(LinkResolver.targetKey(f.path()));
            } else {
                idByPath.put(f.path(), k.id());
                boolean racy = f.modifiedMillis() + racyMillis >= k.indexedAt();
                if (k.size() != f.size() || k.mtime() != f.modifiedMillis() || racy || mustRead.contains(f.path())) {
                    toRead.add(new Item(k.id(), f, OptionalLong.of(k.hash())));
                } else {
                    unchanged++;
                }
            }
        }
        List<Integer> removed = new ArrayList<>();
        for (IndexedFile k : known.values()) {
            if (!idByPath.containsKey(k.path())) {
                removed.add(k.id());
                changedKeys.add(LinkResolver.targetKey(k.path()));
            }
        }
        return new SyncPlan(toRead, removed, unchanged, idByPath, changedKeys);
    }

    Collection<String> paths() {
        return idByPath.keySet();
    }
}
