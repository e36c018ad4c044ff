package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes a {@link VaultReport} from the index alone: aggregate queries, no file is read. */
public final class ReportQuery {
    private static final String OPEN = "status IN ('OPEN', 'IN_PROGRESS')";

    private final IndexDatabase db;

    public ReportQuery(IndexDatabase db) {
        this.db = db;
    }

    public VaultReport run() throws IndexException {
        try (Statement s = db.connection().createStatement()) {
            SortedMap<String, Integer> files = counts(s, "SELECT is_note, COUNT(*) FROM notes GROUP BY is_note");
            SortedMap<String, Integer> status = counts(s, "SELECT status, COUNT(*) FROM tasks GROUP BY status");
            SortedMap<String, Integer> owners = counts(s,
                    "SELECT owner, COUNT(*) FROM tasks WHERE " + OPEN + " GROUP BY owner");
            Integer unowned = owners.remove("");
            SortedMap<String, Integer> backlinks = counts(s, """
                    SELECT t.name, COUNT(DISTINCT l.note_id) FROM links l JOIN notes t ON t.id = l.target_id
                    WHERE l.target <> '' GROUP BY t.name""");
            counts(s, """
                    SELECT target, COUNT(DISTINCT note_id) FROM links
                    WHERE target_id IS NULL AND target <> '' GROUP BY target""")
                    .forEach((k, v) -> backlinks.merge(k, v, Integer::sum));
            int open = status.getOrDefault("OPEN", 0) + status.getOrDefault("IN_PROGRESS", 0);
            return new VaultReport(
                    files.getOrDefault("TRUE", 0),
                    files.getOrDefault("FALSE", 0),
                    status.values().stream().mapToInt(Integer::intValue).sum(),
                    open,
                    status.getOrDefault("DONE", 0),
                    status.getOrDefault("CANCELLED", 0),
                    status.getOrDefault("IN_PROGRESS", 0),
                    owners,
                    unowned == null ? 0 : unowned,
                    counts(s, "SELECT due, COUNT(*) FROM tasks WHERE " + OPEN + " AND due IS NOT NULL GROUP BY due"),
                    counts(s, "SELECT priority, COUNT(*) FROM tasks WHERE " + OPEN + " GROUP BY priority"),
                    single(s, "SELECT COUNT(*) FROM notes WHERE is_meeting"),
                    counts(s, """
                            SELECT f.v, COUNT(DISTINCT f.note_id) FROM facets f JOIN notes n ON n.id = f.note_id
                            WHERE n.is_meeting AND f.facet = 'ACCOUNT' GROUP BY f.v"""),
                    backlinks,
                    new TreeSet<>(strings(s,
                            "SELECT DISTINCT target FROM links WHERE target_id IS NULL AND target <> ''")),
                    strings(s, "SELECT path FROM notes WHERE damage <> '' ORDER BY path"));
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    private static SortedMap<String, Integer> counts(Statement s, String sql) throws SQLException {
        SortedMap<String, Integer> out = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
        }
        return out;
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
