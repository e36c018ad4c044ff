package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who owns the tasks of each owner run, as {@link OwnerRefresh} last settled it ({@code task_owners}): a handful of
 * rows per person.
 *
 * @param byRun the owner of each run written after '@'
 */
record TaskOwners(Map<String, String> byRun) {
    /** A run without a row (only between a sync cut off and the one that mends it) is owned as if no person note. */
    private static final OwnerNames NO_PEOPLE = new OwnerNames(Set.of(), Set.of());

    TaskOwners {
        byRun = Map.copyOf(byRun);
    }

    /** The whole table: for queries over every task. */
    static TaskOwners read(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT run, owner FROM task_owners")) {
            return read(p);
        }
    }

    /** Only these runs' rows: for a note's tasks. */
    static TaskOwners read(Connection c, Collection<String> runs) throws SQLException {
        if (runs.isEmpty()) {
            return new TaskOwners(Map.of());
        }
        try (PreparedStatement p = c.prepareStatement("SELECT run, owner FROM task_owners WHERE run = ANY(?)")) {
            p.setObject(1, runs.toArray(new String[0]));
            return read(p);
        }
    }

    private static TaskOwners read(PreparedStatement query) throws SQLException {
        Map<String, String> byRun = new HashMap<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                byRun.put(r.getString(1), r.getString(2));
            }
        }
        return new TaskOwners(byRun);
    }

    /** The owner of a task with this run; empty for a task without one. */
    String ownerOf(String run) {
        if (run.isEmpty()) {
            return "";
        }
        String owner = byRun.get(run);
        return owner != null ? owner : NO_PEOPLE.ownerOf(run);
    }
}
