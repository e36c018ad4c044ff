package io.vaultdesk.index;

import io.vaultdesk.vault.TaskLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Reads the tasks table whole: each note's tasks, packed in one value ({@link PackedTasks}). */
final class TaskTable {
    private TaskTable() {
    }

    /** Every note's packed tasks, in note id order. */
    static void forEachRow(Statement s, Row each) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT note_id, data FROM tasks ORDER BY note_id")) {
            while (r.next()) {
                each.accept(r.getInt(1), r.getBytes(2));
            }
        }
    }

    /** Every note's tasks, in note id order, then line order. */
    static void forEachNote(Statement s, NoteTasks each) throws SQLException {
        forEachRow(s, (noteId, data) -> each.accept(noteId, PackedTasks.unpack(data)));
    }

    @FunctionalInterface
    interface Row {
        void accept(int noteId, byte[] data);
    }

    @FunctionalInterface
    interface NoteTasks {
        void accept(int noteId, List<TaskLine> tasks);
    }
}
