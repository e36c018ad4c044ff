package io.vaultdesk.index;

import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link VaultReport} from the index alone, no file read. One pass over each table, counted here:
 * in a fresh JVM, three scans cost a fraction of a dozen GROUP BY queries (see the benchmark in the README).
 */
public final class ReportQuery {
    private final IndexDatabase db;

    public ReportQuery(IndexDatabase db) {
        this.db = db;
    }

    /** The cached report when the index has not changed since it was computed; else computed and cached. */
    public VaultReport run() throws IndexException {
        try {
            ReportCache cache = new ReportCache(db.connection());
            Optional<VaultReport> cached = cache.load();
            if (cached.isPresent()) {
                return cached.get();
            }
            VaultReport report = compute();
            cache.save(report);
            return report;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    private VaultReport compute() throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            NoteTally notes = notes(s);
            TaskTally tasks = tasks(s);
            SortedMap<String, Integer> backlinks = new TreeMap<>();
            TreeSet<String> unresolved = new TreeSet<>();
            links(s, notes.names, backlinks, unresolved);
            return new VaultReport(notes.notes, notes.attachments, tasks.total, tasks.open, tasks.done,
                    tasks.cancelled, tasks.inProgress, tasks.openByOwner, tasks.openWithoutOwner, tasks.dueOpen,
                    tasks.priorityOpen, notes.meetings, notes.meetingsByAccount, backlinks, unresolved,
                    notes.damaged);
        }
    }

    private static final class NoteTally {
        final Map<Integer, String> names = new HashMap<>();
        int notes;
        int attachments;
        int meetings;
        final SortedMap<String, Integer> meetingsByAccount = new TreeMap<>();
        final List<String> damaged = new ArrayList<>();
    }

    private static NoteTally notes(Statement s) throws SQLException {
        NoteTally t = new NoteTally();
        try (ResultSet r = s.executeQuery("SELECT id, name, path, is_note, is_meeting, accounts, damage FROM notes")) {
            while (r.next()) {
                t.names.put(r.getInt(1), r.getString(2));
                if (r.getBoolean(4)) {
                    t.notes++;
                } else {
                    t.attachments++;
                }
                if (r.getBoolean(5)) {
                    t.meetings++;
                    new TreeSet<>(MultiValue.split(r.getString(6)))
                            .forEach(a -> t.meetingsByAccount.merge(a, 1, Integer::sum));
                }
                if (!r.getString(7).isEmpty()) {
                    t.damaged.add(r.getString(3));
                }
            }
        }
        t.damaged.sort(null);
        return t;
    }

    private static final class TaskTally {
        int total;
        int open;
        int done;
        int cancelled;
        int inProgress;
        int openWithoutOwner;
        final SortedMap<String, Integer> openByOwner = new TreeMap<>();
        final SortedMap<String, Integer> dueOpen = new TreeMap<>();
        final SortedMap<String, Integer> priorityOpen = new TreeMap<>();
    }

    private static TaskTally tasks(Statement s) throws SQLException {
        TaskTally t = new TaskTally();
        TaskOwners owners = TaskOwners.read(s.getConnection());
        TaskTable.forEachNote(s, (noteId, tasks) -> {
            for (TaskLine task : tasks) {
                t.total++;
                switch (task.status()) {
                    case DONE -> t.done++;
                    case CANCELLED -> t.cancelled++;
                    default -> {
                        t.open++;
                        t.inProgress += task.status() == TaskStatus.IN_PROGRESS ? 1 : 0;
                        String owner = owners.ownerOf(task.ownerRun());
                        if (owner.isEmpty()) {
                            t.openWithoutOwner++;
                        } else {
                            t.openByOwner.merge(owner, 1, Integer::sum);
                        }
                        task.due().ifPresent(due -> t.dueOpen.merge(due.toString(), 1, Integer::sum));
                        t.priorityOpen.merge(task.priority().key(), 1, Integer::sum);
                    }
                }
            }
        });
        return t;
    }

    /** Backlink sources by target name (resolved) or target as written (unresolved). */
    private static void links(Statement s, Map<Integer, String> names, SortedMap<String, Integer> backlinks,
                              Set<String> unresolved) throws SQLException {
        Map<String, Set<Integer>> sources = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT note_id, data FROM links")) {
            while (r.next()) {
                int source = r.getInt(1);
                for (StoredLink l : PackedLinks.unpack(r.getBytes(2))) {
                    if (l.target().isEmpty()) {
                        continue;
                    }
                    String key = l.resolved() ? names.get(l.targetId()) : null;
                    if (key == null) { // unresolved, or (never expected) an id whose file is gone
                        key = l.target();
                        unresolved.add(key);
                    }
                    sources.computeIfAbsent(key, k -> new HashSet<>()).add(source);
                }
            }
        }
        sources.forEach((k, v) -> backlinks.put(k, v.size()));
    }
}
