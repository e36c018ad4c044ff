package io.vaultdesk.index;

import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskStatus;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
            Map<Integer, NoteOfTask> notes = notes(s);
            List<TaskRow> rows = new ArrayList<>();
            // repeated strings (owners, statuses, tags) are shared: 50,000 rows hold a few thousand distinct ones
            Map<String, String> shared = new HashMap<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT note_id, line, status, description, owner, due, priority, tags, heading
                    FROM tasks ORDER BY id""")) {
                while (r.next()) {
                    NoteOfTask note = notes.get(r.getInt(1));
                    if (note == null) {
                        continue;
                    }
                    Date due = r.getDate(6);
                    IndexedTask task = new IndexedTask(r.getInt(1), r.getInt(2),
                            TaskStatus.valueOf(r.getString(3)), r.getString(4),
                            shared.computeIfAbsent(r.getString(5), k -> k),
                            Optional.ofNullable(due).map(Date::toLocalDate),
                            Priority.valueOf(r.getString(7).toUpperCase(Locale.ROOT)),
                            MultiValue.split(r.getString(8)).stream().map(t -> shared.computeIfAbsent(t, k -> k))
                                    .toList(),
                            shared.computeIfAbsent(r.getString(9), k -> k));
                    rows.add(new TaskRow(task, note.path, note.title, note.date, note.accounts, note.hash));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** Per note id: its open tasks due before {@code today}. */
    public Map<Integer, Integer> overdueOpenCounts(java.time.LocalDate today) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement("""
                SELECT note_id, COUNT(*) FROM tasks WHERE status IN ('OPEN', 'IN_PROGRESS') AND due < ?
                GROUP BY note_id""")) {
            p.setDate(1, Date.valueOf(today));
            Map<Integer, Integer> counts = new HashMap<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getInt(1), r.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** Per owner as the index resolved it (case as written): their open tasks. */
    public Map<String, Integer> openCountsByOwner() throws IndexException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("""
                SELECT owner, COUNT(*) FROM tasks WHERE status IN ('OPEN', 'IN_PROGRESS') AND owner <> ''
                GROUP BY owner""")) {
            Map<String, Integer> counts = new HashMap<>();
            while (r.next()) {
                counts.put(r.getString(1), r.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the tasks", e);
        }
    }

    /** The owner the index resolved for the task on that line of the note, if it has one there. */
    public Optional<String> ownerAt(String path, int line) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement("""
                SELECT t.owner FROM tasks t JOIN notes n ON n.id = t.note_id WHERE n.path = ? AND t.line = ?""")) {
            p.setString(1, path);
            p.setInt(2, line);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
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
                WHERE id IN (SELECT DISTINCT note_id FROM tasks)""")) {
            while (r.next()) {
                notes.put(r.getInt(1), new NoteOfTask(r.getString(2), r.getString(3),
                        Optional.ofNullable(r.getString(4)), MultiValue.split(r.getString(5)), r.getLong(6)));
            }
        }
        return notes;
    }
}
