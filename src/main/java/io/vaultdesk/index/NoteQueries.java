package io.vaultdesk.index;

import io.vaultdesk.vault.TaskLine;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reads the views make. Tasks by owner read every note's packed tasks, and make the strings only of notes that
 * have some of the owner's: tens of milliseconds on 26,000 notes, where an index maintained row by row would cost
 * the full build four times over (decision 7). Backlinks come from the links to each note, read once and kept
 * ({@link IndexDatabase#linkKeysTo}).
 */
public final class NoteQueries {
    /** Bodies read per query of a search: about a megabyte. */
    private static final int SEARCH_PAGE = 500;
    /** Notes whose links one query of the backlinks reads, in an {@code IN} list. */
    private static final int SOURCES_PER_QUERY = 500;

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
        long[] keys;
        try {
            keys = db.linkKeysTo(noteId);
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
        // the sources' rows by primary key, some hundreds at a time; keys are in source order
        List<IndexedLink> links = new ArrayList<>(keys.length);
        int from = 0;
        while (from < keys.length) {
            Map<Integer, List<Integer>> ordinals = new LinkedHashMap<>();
            int to = from;
            while (to < keys.length && ordinals.size() < SOURCES_PER_QUERY) {
                ordinals.computeIfAbsent(Schema.noteOf(keys[to]), k -> new ArrayList<>())
                        .add(Schema.numberOf(keys[to]));
                to++;
            }
            Map<Integer, List<StoredLink>> stored = linksOf(ordinals.keySet());
            ordinals.forEach((source, ords) -> {
                List<StoredLink> of = stored.getOrDefault(source, List.of());
                for (int ord : ords) {
                    // a key kept from before a write the map has not heard of would name another link
                    if (ord < of.size() && of.get(ord).targetId() == noteId) {
                        StoredLink l = of.get(ord);
                        links.add(new IndexedLink(source, l.line(), l.kind().name(), l.target(), l.subpath()));
                    }
                }
            });
            from = to;
        }
        return links;
    }

    private Map<Integer, List<StoredLink>> linksOf(Collection<Integer> notes) throws IndexException {
        String marks = String.join(",", Collections.nCopies(notes.size(), "?"));
        try (PreparedStatement p = db.connection().prepareStatement(
                "SELECT note_id, data FROM links WHERE note_id IN (" + marks + ")")) {
            int i = 1;
            for (int note : notes) {
                p.setInt(i++, note);
            }
            Map<Integer, List<StoredLink>> links = new HashMap<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    links.put(r.getInt(1), PackedLinks.unpack(r.getBytes(2)));
                }
            }
            return links;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Every resolved link out of a meeting, as (meeting id, target id), once per pair. */
    public List<MeetingLink> meetingLinks() throws IndexException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(
                "SELECT l.note_id, l.data FROM links l JOIN notes n ON n.id = l.note_id WHERE n.is_meeting")) {
            List<MeetingLink> pairs = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            while (r.next()) {
                int meeting = r.getInt(1);
                seen.clear();
                for (int target : PackedLinks.targetIds(r.getBytes(2))) {
                    if (target != StoredLink.UNRESOLVED && seen.add(target)) {
                        pairs.add(new MeetingLink(meeting, target));
                    }
                }
            }
            return pairs;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Open tasks whose owner is one of the names (case-insensitive), anywhere in the vault. */
    public List<IndexedTask> openTasksOwnedBy(List<String> names) throws IndexException {
        Set<String> lower = new HashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        try (Statement s = db.connection().createStatement()) {
            TaskOwners owners = TaskOwners.read(db.connection());
            Map<String, Boolean> byRun = new HashMap<>();
            Predicate<String> wanted = run -> byRun.computeIfAbsent(run,
                    r -> lower.contains(owners.ownerOf(r).toLowerCase(Locale.ROOT)));
            List<IndexedTask> tasks = new ArrayList<>();
            TaskTable.forEachRow(s, (noteId, data) -> {
                boolean[] any = {false};
                PackedTasks.ownerRuns(data, true, run -> any[0] |= wanted.test(run));
                if (!any[0]) { // most notes: their tasks' other strings are never made
                    return;
                }
                for (TaskLine t : PackedTasks.unpack(data)) {
                    if (t.status().isOpen() && !t.ownerRun().isEmpty() && wanted.test(t.ownerRun())) {
                        tasks.add(IndexedTask.of(noteId, t, owners.ownerOf(t.ownerRun())));
                    }
                }
            });
            return tasks;
        } catch (SQLException e) {
            throw IndexException.of("cannot read the index", e);
        }
    }

    /** Every task of the note, in line order. */
    public List<IndexedTask> tasksOf(int noteId) throws IndexException {
        try (PreparedStatement p = db.connection().prepareStatement("SELECT data FROM tasks WHERE note_id = ?")) {
            p.setInt(1, noteId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return List.of();
                }
                List<TaskLine> lines = PackedTasks.unpack(r.getBytes(1));
                Set<String> runs = new HashSet<>();
                lines.forEach(t -> runs.add(t.ownerRun()));
                runs.remove("");
                // the note's runs only: the backlinks ask for the tasks of each linking note in turn
                TaskOwners owners = TaskOwners.read(db.connection(), runs);
                List<IndexedTask> tasks = new ArrayList<>();
                for (TaskLine t : lines) {
                    tasks.add(IndexedTask.of(noteId, t, owners.ownerOf(t.ownerRun())));
                }
                return tasks;
            }
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
}
