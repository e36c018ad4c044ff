package io.vaultdesk.index;

import io.vaultdesk.vault.LinkResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-resolves the links whose target could have changed: those whose name key is the key of a file that
 * appeared or disappeared, and those pointing at a file that is gone. A link's resolution depends on nothing else.
 * A note's links are one packed value, so every note's are read to find them; only notes with a link whose target
 * changed are written.
 */
final class LinkRefresh {
    private final Connection c;

    LinkRefresh(Connection c) {
        this.c = c;
    }

    /**
     * @param removedIds ids of files that are gone: a link still pointing at one must be resolved again, whatever
     *                   its key (ids are reused, so a dangling id could later name another note)
     */
    void refresh(Set<String> changedKeys, Set<Integer> removedIds) throws SQLException {
        if (changedKeys.isEmpty() && removedIds.isEmpty()) {
            return;
        }
        refresh(changedKeys, removedIds, false);
    }

    /** Every link, after a sync that was cut off before its links were resolved again (what it changed is lost). */
    void refreshAll() throws SQLException {
        refresh(Set.of(), Set.of(), true);
    }

    private void refresh(Set<String> changedKeys, Set<Integer> removedIds, boolean all) throws SQLException {
        Map<String, Integer> idByPath = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT path, id FROM notes")) {
            while (r.next()) {
                idByPath.put(r.getString(1), r.getInt(2));
            }
        }
        LinkResolver resolver = new LinkResolver(idByPath.keySet());
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT l.note_id, l.data, n.path FROM links l JOIN notes n ON n.id = l.note_id")) {
            while (r.next()) {
                List<StoredLink> links = PackedLinks.unpack(r.getBytes(2));
                List<StoredLink> now = null;
                for (int k = 0; k < links.size(); k++) {
                    StoredLink l = links.get(k);
                    if (!all && !removedIds.contains(l.targetId())
                            && !changedKeys.contains(LinkResolver.targetKey(l.target()))) {
                        continue;
                    }
                    int id = resolver.resolve(l.asLink(), r.getString(3)).map(idByPath::get)
                            .orElse(StoredLink.UNRESOLVED);
                    if (id != l.targetId()) {
                        now = now == null ? new ArrayList<>(links) : now;
                        now.set(k, l.withTarget(id));
                    }
                }
                if (now != null) {
                    updates.add(new Object[] {PackedLinks.pack(now), r.getInt(1)});
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE links SET data = ? WHERE note_id = ?")) {
            for (Object[] row : updates) {
                u.setBytes(1, (byte[]) row[0]);
                u.setInt(2, (Integer) row[1]);
                u.addBatch();
            }
            u.executeBatch();
        }
        c.commit();
    }
}
