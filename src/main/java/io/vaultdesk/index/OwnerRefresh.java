package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settles each task's owner once the person notes are known (see {@link OwnerNames}). The writer gives each task
 * the owner its run has under the person notes known before the sync ({@link NoteRowWriter}); this rewrites the
 * runs whose owner the sync's own changes to person notes moved. It works on the distinct owner runs, which are
 * few even when tasks are many, and reads the tasks table only when it must ({@link #refresh}).
 */
final class OwnerRefresh {
    private final Connection c;

    OwnerRefresh(Connection c) {
        this.c = c;
    }

    /**
     * @param before   the owners as the tasks were written in this sync
     * @param ledger   the person notes now, and the runs written
     * @param scanAll  every task's owner must be checked: a person note changed and tasks not written in this sync
     *                 may name them, or the owners the index holds are not known to match {@code before}
     */
    void refresh(OwnerNames before, OwnerLedger ledger, boolean scanAll) throws SQLException {
        OwnerNames now = ledger.names();
        Map<String, String> changed = new LinkedHashMap<>();
        if (scanAll) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT DISTINCT owner_run, owner FROM tasks WHERE owner_run <> ''")) {
                while (r.next()) {
                    String owner = now.ownerOf(r.getString(1));
                    if (!owner.equals(r.getString(2))) {
                        changed.put(r.getString(1), owner);
                    }
                }
            }
        } else if (ledger.peopleChanged()) {
            for (String run : ledger.runsWritten()) {
                String owner = now.ownerOf(run);
                if (!owner.equals(before.ownerOf(run))) {
                    changed.put(run, owner);
                }
            }
        }
        if (!changed.isEmpty()) {
            rewrite(changed);
        }
        c.commit();
        ledger.settled();
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
}
