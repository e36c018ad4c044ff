package io.vaultdesk.index;

import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reads the views make. Lookups by target or owner scan their table: at vault sizes that is milliseconds, and
 * an index maintained row by row would cost the full build four times over (decision 7).
 */
public final class NoteQueries {
    /** Bodies read per query of a search: about a megabyte. */
    private static final int SEARCH_PAGE = 500;

    private final IndexDatabase db;

    public NoteQueries(IndexDatabase db) {
        this.db = db;
    }

    /** Every file in the index, notes and attachments, with its task counts. */
    public List<IndexedNote> allFiles() throws IndexException {
        try (Statement s = db.connection().createStatement()) {
            List<IndexedNote> files = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT id, path, name, title, is_note, type, date, is_meeting, accounts, participants, aliases,
                      tags, damage, hash, open_tasks, tasks FROM notes""")) {
                while (r.next()) {
                    String damage = r.getString(13);
                    files.add(new IndexedNote(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getBoolean(5), Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getString(7)),
                            r.getBoolean(8), MultiValue.split(r.getString(9)), MultiValue.split(r.getString(10)),
                            MultiValue.split(r.getString(11)), MultiValue.split(r.getString(12)),
                            damage.isEmpty() ? List.of() : List.of(damage.split(",")), r.getLong(14), r.getInt(15),
                            r.getInt(16)));
                }
            }
            return files;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Links that resolve to the note, in source order. */
    public List<IndexedLink> linksTo(int noteId) throws IndexException {
        long[] ids;
        try {
            ids = db.linkIdsTo(noteId);
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
        List<IndexedLink> links = new ArrayList<>(ids.length);
        // by primary key, some hundreds at a time
        for (int from = 0; from < ids.length; from += 500) {
            int to = Math.min(ids.length, from + 500);
            String marks = String.join(",", Collections.nCopies(to - from, "?"));
            int start = from;
            links.addAll(links("SELECT note_id, line, kind, target, subpath FROM links WHERE id IN (" + marks
                    + ") ORDER BY id", p -> {
                        for (int k = start; k < to; k++) {
                            p.setLong(k - start + 1, ids[k]);
                        }
                    }));
        }
        return links;
    }

    private List<IndexedLink> links(String sql, Binder binder) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement(sql)) {
            binder.bind(p);
            List<IndexedLink> links = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    links.add(new IndexedLink(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
            return links;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Every resolved link out of a meeting, as (meeting id, target id), once per pair. */
    public List<MeetingLink> meetingLinks() throws IndexException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("""
                SELECT DISTINCT l.note_id, l.target_id FROM links l JOIN notes n ON n.id = l.note_id
                WHERE n.is_meeting AND l.target_id IS NOT NULL""")) {
            List<MeetingLink> pairs = new ArrayList<>();
            while (r.next()) {
                pairs.add(new MeetingLink(r.getInt(1), r.getInt(2)));
            }
            return pairs;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Open tasks whose owner is one of the names (case-insensitive), anywhere in the vault. */
    public List<IndexedTask> openTasksOwnedBy(List<String> names) throws IndexException {
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        List<IndexedTask> all = tasks("SELECT " + TASK_COLUMNS + " FROM tasks WHERE status IN ('OPEN','IN_PROGRESS')"
                + " AND owner <> '' ORDER BY id", p -> { });
        return all.stream().filter(t -> lower.contains(t.owner().toLowerCase(Locale.ROOT))).toList();
    }

    /** Every task of the note, in line order. */
    public List<IndexedTask> tasksOf(int noteId) throws IndexException {
        return tasks("SELECT " + TASK_COLUMNS + " FROM tasks WHERE id BETWEEN ? AND ? ORDER BY id", p -> {
            p.setLong(1, Schema.rowKey(noteId, 0));
            p.setLong(2, Schema.rowKey(noteId, Schema.PER_NOTE - 1));
        });
    }

    private static final String TASK_COLUMNS = "note_id, line, status, description, owner, due, priority, tags, heading";

    private List<IndexedTask> tasks(String sql, Binder binder) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement(sql)) {
            binder.bind(p);
            List<IndexedTask> tasks = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Date due = r.getDate(6);
                    tasks.add(new IndexedTask(r.getInt(1), r.getInt(2), TaskStatus.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5), Optional.ofNullable(due).map(Date::toLocalDate),
                            Priority.valueOf(r.getString(7).toUpperCase(Locale.ROOT)),
                            MultiValue.split(r.getString(8)), r.getString(9)));
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /**
     * Notes whose text contains every term, case-insensitively, with the text for the caller's snippets.
     * A scan: H2's own full-text engine would be maintained row by row during the build. It runs here rather than
     * in SQL because the bodies are UTF-8 bytes ({@link BodyMatch}): an ASCII term is found in the bytes without
     * decoding them.
     */
    public List<TextMatch> search(List<String> terms, int limit) throws IndexException {
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        BodyMatch match = new BodyMatch(terms);
        // In pages: H2 reads a whole result into memory (or a temporary file) before the first row is returned,
        // so one query over every body would copy them all even when the first page already has enough hits.
        try (PreparedStatement page = db.connection().prepareStatement(
                "SELECT note_id, body FROM fulltext WHERE note_id > ? ORDER BY note_id LIMIT " + SEARCH_PAGE)) {
            List<TextMatch> matches = new ArrayList<>();
            int after = Integer.MIN_VALUE;
            int rows = SEARCH_PAGE;
            while (matches.size() < limit && rows == SEARCH_PAGE) {
                page.setInt(1, after);
                rows = 0;
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        after = r.getInt(1);
                        byte[] body = r.getBytes(2);
                        if (matches.size() < limit && match.test(body)) {
                            matches.add(new TextMatch(after, new String(body, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
            return matches;
        } catch (SQLException e) {
            throw IndexException.of("cannot search the index", e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }
}
