package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Settles who owns the tasks of each owner run ({@link OwnerNames}) in {@code task_owners}, once a sync has written
 * its rows and every person note is known. It works on the distinct owner runs, which are few even when tasks are
 * many: the runs the sync wrote, and all the runs kept when a person note came, went or changed. Only when what
 * the index holds is not known to be settled (a sync was cut off) does it read the tasks back.
 */
final class OwnerRefresh {
    private final Connection c;

    OwnerRefresh(Connection c) {
        this.c = c;
    }

    /**
     * @param ledger  the person notes now, and the runs written
     * @param rebuild the runs the tasks table holds are not known: read them from it, and forget runs no task has
     */
    void refresh(OwnerLedger ledger, boolean rebuild) throws SQLException {
        OwnerNames now = ledger.names();
        Set<String> runs = new HashSet<>(ledger.runsWritten());
        Map<String, String> kept = rebuild ? new HashMap<>()
                // a watcher's sync of one edited note looks up its few runs, not the whole table
                : ledger.peopleChanged() ? TaskOwners.read(c).byRun() : TaskOwners.read(c, runs).byRun();
        if (rebuild) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM task_owners");
                TaskTable.forEachRow(s, (noteId, data) -> PackedTasks.ownerRuns(data, false, runs::add));
            }
        } else if (ledger.peopleChanged()) {
            runs.addAll(kept.keySet());
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO task_owners KEY(run) VALUES(?, ?)")) {
            for (String run : runs) {
                String owner = now.ownerOf(run);
                if (!run.isEmpty() && !owner.equals(kept.get(run))) {
                    merge.setString(1, run);
                    merge.setString(2, owner);
                    merge.addBatch();
                }
            }
            merge.executeBatch();
        }
        c.commit();
        ledger.settled();
    }
}
