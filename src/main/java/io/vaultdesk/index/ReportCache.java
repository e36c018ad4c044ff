package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last report, kept in the index until the next sync that writes anything clears it. A report on an unchanged
 * vault then reads a few thousand rows instead of scanning every task and link.
 */
final class ReportCache {
    private static final String SCALAR = "scalar";

    private final Connection c;

    ReportCache(Connection c) {
        this.c = c;
    }

    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM report_cache");
        }
    }

    void save(VaultReport r) throws SQLException {
        clear(c);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO report_cache VALUES(?,?,?)")) {
            int[] scalars = {r.notes(), r.attachments(), r.tasksTotal(), r.tasksOpen(), r.tasksDone(),
                    r.tasksCancelled(), r.tasksInProgress(), r.openWithoutOwner(), r.meetings()};
            for (int i = 0; i < scalars.length; i++) {
                add(p, SCALAR, String.valueOf(i), scalars[i]);
            }
            addAll(p, "owner", r.openByOwner());
            addAll(p, "due", r.dueByDateOpen());
            addAll(p, "priority", r.priorityOpen());
            addAll(p, "account", r.meetingsByAccount());
            addAll(p, "backlinks", r.backlinkSources());
            for (String u : r.unresolved()) {
                add(p, "unresolved", u, 0);
            }
            for (int i = 0; i < r.damagedNotes().size(); i++) {
                add(p, "damaged", r.damagedNotes().get(i), i);
            }
            p.executeBatch();
        }
        c.commit();
    }

    Optional<VaultReport> load() throws SQLException {
        Map<String, SortedMap<String, Integer>> kinds = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT kind, k, v FROM report_cache")) {
            while (r.next()) {
                kinds.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getInt(3));
            }
        }
        SortedMap<String, Integer> scalars = kinds.get(SCALAR);
        if (scalars == null) {
            return Optional.empty();
        }
        List<String> damaged = new ArrayList<>(kinds.getOrDefault("damaged", new TreeMap<>()).keySet());
        damaged.sort(null);
        return Optional.of(new VaultReport(scalar(scalars, 0), scalar(scalars, 1), scalar(scalars, 2),
                scalar(scalars, 3), scalar(scalars, 4), scalar(scalars, 5), scalar(scalars, 6), kind(kinds, "owner"),
                scalar(scalars, 7), kind(kinds, "due"), kind(kinds, "priority"), scalar(scalars, 8),
                kind(kinds, "account"), kind(kinds, "backlinks"), new TreeSet<>(kind(kinds, "unresolved").keySet()),
                damaged));
    }

    private static int scalar(SortedMap<String, Integer> scalars, int i) {
        return scalars.getOrDefault(String.valueOf(i), 0);
    }

    private static SortedMap<String, Integer> kind(Map<String, SortedMap<String, Integer>> kinds, String kind) {
        return kinds.getOrDefault(kind, new TreeMap<>());
    }

    private static void addAll(PreparedStatement p, String kind, Map<String, Integer> values) throws SQLException {
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            add(p, kind, e.getKey(), e.getValue());
        }
    }

    private static void add(PreparedStatement p, String kind, String key, int value) throws SQLException {
        p.setString(1, kind);
        p.setString(2, key);
        p.setInt(3, value);
        p.addBatch();
    }
}
