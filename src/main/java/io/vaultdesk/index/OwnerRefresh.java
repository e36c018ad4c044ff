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
 * owner runs, which are few even when tasks are many, and rewrites only the runs whose owner changed.
 */
final class OwnerRefresh {
    private final Connection c;

    OwnerRefresh(Connection c) {
        this.c = c;
    }

    void refresh() throws SQLException {
        Set<String> people = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        personNames(people, aliases);
        OwnerNames names = new OwnerNames(people, aliases);
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
        if (!changed.isEmpty()) {
            rewrite(changed);
        }
        c.commit();
    }

    /** One pass over the tasks, whatever the number of runs: a CASE over the changed runs. */
    private void rewrite(Map<String, String> changed) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE tasks SET owner = CASE owner_run");
        changed.forEach((run, owner) -> sql.append(" WHEN ? THEN ?"));
        sql.append(" END WHERE owner_run = ANY(?)");
        try (PreparedStatement u = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Map.Entry<String, String> e : changed.entrySet()) {
                u.setString(i++, e.getKey());
                u.setString(i++, e.getValue());
            }
            u.setObject(i, changed.keySet().toArray(new String[0]));
            u.executeUpdate();
        }
    }

    private void personNames(Set<String> names, Set<String> aliases) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, aliases FROM notes WHERE is_person")) {
            while (r.next()) {
                names.add(r.getString(1).toLowerCase(Locale.ROOT));
                MultiValue.split(r.getString(2)).forEach(a -> aliases.add(a.toLowerCase(Locale.ROOT)));
            }
        }
    }
}
