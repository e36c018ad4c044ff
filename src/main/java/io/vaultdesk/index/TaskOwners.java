package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Who owns the tasks of each owner run, as {@link OwnerRefresh} last settled it ({@code task_owners}). A handful of
 * rows per person, read whole by each query that names owners.
 *
 * @param byRun the owner of each run written after '@'; a run without a row (none once a sync ends) is its own owner
 */
record TaskOwners(Map<String, String> byRun) {
    static TaskOwners read(Connection c) throws SQLException {
        Map<String, String> byRun = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT run, owner FROM task_owners")) {
            while (r.next()) {
                byRun.put(r.getString(1), r.getString(2));
            }
        }
        return new TaskOwners(byRun);
    }

    /** Only these runs' rows. */
    static TaskOwners read(Connection c, Collection<String> runs) throws SQLException {
        Map<String, String> byRun = new HashMap<>();
        if (!runs.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("SELECT run, owner FROM task_owners WHERE run = ANY(?)")) {
                p.setObject(1, runs.toArray(new String[0]));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        byRun.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        return new TaskOwners(byRun);
    }

    /** The owner of a task with this run; empty for a task without one. */
    String ownerOf(String run) {
        return run.isEmpty() ? "" : byRun.getOrDefault(run, run);
    }
}
