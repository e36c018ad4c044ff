package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Settles each task's owner once the person notes are known (see {@link OwnerNames}). Works on the distinct
 * owner runs, which are few even when tasks are many, and updates only the runs whose owner changed.
 */
final class OwnerRefresh {
    private final Connection c;

    OwnerRefresh(Connection c) {
        this.c = c;
    }

    void refresh() throws SQLException {
        OwnerNames names = new OwnerNames(personNames());
        Map<String, String> changed = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT owner_run, owner FROM tasks WHERE owner_run <> ''")) {
            while (r.next()) {
                String owner = names.ownerOf(r.getString(1));
                if (!owner.equals(r.getString(2))) {
                    changed.put(r.getString(1), owner);
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE tasks SET owner = ? WHERE owner_run = ?")) {
            for (Map.Entry<String, String> e : changed.entrySet()) {
                u.setString(1, e.getValue());
                u.setString(2, e.getKey());
                u.addBatch();
            }
            u.executeBatch();
        }
        c.commit();
    }

    private Set<String> personNames() throws SQLException {
        Set<String> names = new HashSet<>();
        String sql = """
                SELECT name FROM notes WHERE is_person
                UNION SELECT f.v FROM facets f JOIN notes n ON n.id = f.note_id
                WHERE n.is_person AND f.facet = 'ALIAS'""";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                names.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
