package io.vaultdesk.index;

import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import io.vaultdesk.vault.LinkResolver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-resolves the links whose target could have changed: those whose name key is the key of a file that
 * appeared or disappeared. A link's resolution depends on nothing else, so no other link needs a look.
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
        String sql = """
                SELECT l.id, l.kind, l.target, l.target_id, n.path FROM links l
                JOIN notes n ON n.id = l.note_id WHERE ? OR l.target_key = ANY(?) OR l.target_id = ANY(?)""";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setBoolean(1, all);
            p.setObject(2, changedKeys.toArray(new String[0]));
            p.setObject(3, removedIds.toArray(new Integer[0]));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Link link = new Link(0, LinkKind.valueOf(r.getString(2)), r.getString(3), "", "");
                    Integer now = resolver.resolve(link, r.getString(5)).map(idByPath::get).orElse(null);
                    Integer before = (Integer) r.getObject(4);
                    if (!Objects.equals(now, before)) {
                        updates.add(new Object[] {now, r.getLong(1)});
                    }
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE links SET target_id = ? WHERE id = ?")) {
            for (Object[] row : updates) {
                if (row[0] == null) {
                    u.setNull(1, Types.INTEGER);
                } else {
                    u.setInt(1, (Integer) row[0]);
                }
                u.setLong(2, (Long) row[1]);
                u.addBatch();
            }
            u.executeBatch();
        }
        c.commit();
    }
}
