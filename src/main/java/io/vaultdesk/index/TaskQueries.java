package io.vaultdesk.index;

import io.vaultdesk.vault.TaskLine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every task of the vault with its note, for the task board and the {@code tasks} command. One pass over the
 * tasks table and one over the notes: the board filters and groups in memory, where 50,000 tasks take
 * milliseconds, rather than asking the index again on every change of a filter.
 */
public final class TaskQueries {
    private final IndexDatabase db;

    public TaskQueries(IndexDatabase db) {
        this.db = db;
    }

    public List<TaskRow> all() throws IndexException {
        try (Statement s = db.connection().createStatement()) {
            TaskOwners owners = TaskOwners.read(db.connection());
            Map<Integer, NoteOfTask> notes = notes(s);
            List<TaskRow> rows = new ArrayList<>();
            // repeated strings (owners, tags, headings) are shared: 50,000 rows hold a few thousand distinct ones
            Map<String, String> shared = new HashMap<>();
            TaskTable.forEachNote(s, (noteId, tasks) -> {
                NoteOfTask note = notes.get(noteId);
                if (note == null) {
                    return;
                }
                for (TaskLine t : tasks) {
                    IndexedTask task = new IndexedTask(noteId, t.line(), t.status(), t.description(),
                            shared.computeIfAbsent(owners.ownerOf(t.ownerRun()), k -> k), t.due(), t.priority(),
                            t.tags().stream().map(tag -> shared.computeIfAbsent(tag, k -> k)).toList(),
                            shared.computeIfAbsent(t.heading(), k -> k));
                    rows.add(new TaskRow(task, note.path, note.title, note.date, note.accounts, note.hash));
                }
            });
            return rows;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** Per note id: its open tasks due before {@code today}. */
    public Map<Integer, Integer> overdueOpenCounts(LocalDate today) throws IndexException {
        try {
            return db.tally(List.of("overdue", today), () -> {
                Map<Integer, Integer> counts = new HashMap<>();
                try (Statement s = db.connection().createStatement()) {
                    TaskTable.forEachRow(s, (noteId, data) -> {
                        int overdue = PackedTasks.openDueBefore(data, today);
                        if (overdue > 0) {
                            counts.put(noteId, overdue);
                        }
                    });
                }
                return Collections.unmodifiableMap(counts);
            });
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** Per owner as the index resolved it (case as written): their open tasks. */
    public Map<String, Integer> openCountsByOwner() throws IndexException {
        try {
            return db.tally(List.of("open by owner"), () -> {
                Map<String, int[]> byRun = new HashMap<>();
                try (Statement s = db.connection().createStatement()) {
                    TaskTable.forEachRow(s, (noteId, data) -> PackedTasks.ownerRuns(data, true,
                            run -> byRun.computeIfAbsent(run, k -> new int[1])[0]++));
                }
                TaskOwners owners = TaskOwners.read(db.connection());
                Map<String, Integer> counts = new HashMap<>();
                byRun.forEach((run, n) -> {
                    String owner = owners.ownerOf(run);
                    if (!owner.isEmpty()) {
                        counts.merge(owner, n[0], Integer::sum);
                    }
                });
                return Collections.unmodifiableMap(counts);
            });
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** The owner the index resolved for the task on that line of the note, if it has one there. */
    public Optional<String> ownerAt(String path, int line) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement("""
                SELECT t.data FROM tasks t JOIN notes n ON n.id = t.note_id WHERE n.path = ?""")) {
            p.setString(1, path);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    for (TaskLine t : PackedTasks.unpack(r.getBytes(1))) {
                        if (t.line() == line) {
                            return Optional.of(TaskOwners.read(db.connection(), List.of(t.ownerRun()))
                                    .ownerOf(t.ownerRun()));
                        }
                    }
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    private record NoteOfTask(String path, String title, Optional<String> date, List<String> accounts, long hash) {
    }

    /** Only notes that have tasks: the others need not be read. */
    private static Map<Integer, NoteOfTask> notes(Statement s) throws SQLException {
        Map<Integer, NoteOfTask> notes = new HashMap<>();
        try (ResultSet r = s.executeQuery("""
                SELECT id, path, title, date, accounts, hash FROM notes
                WHERE id IN (SELECT note_id FROM tasks)""")) {
            while (r.next()) {
                notes.put(r.getInt(1), new NoteOfTask(r.getString(2), r.getString(3),
                        Optional.ofNullable(r.getString(4)), MultiValue.split(r.getString(5)), r.getLong(6)));
            }
        }
        return notes;
    }
}
