package io.vaultdesk.index;

import io.vaultdesk.vault.Damage;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.NoteProperties;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.VaultPaths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes parsed files to the index in JDBC batches: one statement per table, sent once per chunk. */
final class NoteRowWriter implements AutoCloseable {
    private final PreparedStatement note;
    private final PreparedStatement task;
    private final PreparedStatement link;
    private final PreparedStatement text;
    private final PreparedStatement touch;
    /** Tasks and links: a note's rows are the key range [rowKey(id, 0), rowKey(id, PER_NOTE - 1)]. */
    private final List<PreparedStatement> rangeDeletes = new ArrayList<>();
    private final List<PreparedStatement> idDeletes = new ArrayList<>();

    NoteRowWriter(Connection c) throws SQLException {
        note = c.prepareStatement("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        task = c.prepareStatement("INSERT INTO tasks VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        link = c.prepareStatement("INSERT INTO links VALUES(?,?,?,?,?,?,?,?,?)");
        text = c.prepareStatement("INSERT INTO fulltext VALUES(?,?)");
        touch = c.prepareStatement("UPDATE notes SET size = ?, mtime = ?, indexed_at = ? WHERE id = ?");
        rangeDeletes.add(c.prepareStatement("DELETE FROM tasks WHERE id BETWEEN ? AND ?"));
        rangeDeletes.add(c.prepareStatement("DELETE FROM links WHERE id BETWEEN ? AND ?"));
        idDeletes.add(c.prepareStatement("DELETE FROM fulltext WHERE note_id = ?"));
        idDeletes.add(c.prepareStatement("DELETE FROM notes WHERE id = ?"));
    }

    void remove(int id) throws SQLException {
        for (PreparedStatement d : rangeDeletes) {
            d.setLong(1, Schema.rowKey(id, 0));
            d.setLong(2, Schema.rowKey(id, Schema.PER_NOTE - 1));
            d.addBatch();
        }
        for (PreparedStatement d : idDeletes) {
            d.setInt(1, id);
            d.addBatch();
        }
    }

    void touch(FileUpdate.Touched t) throws SQLException {
        touch.setLong(1, t.file().size());
        touch.setLong(2, t.file().modifiedMillis());
        touch.setLong(3, t.readAt());
        touch.setInt(4, t.id());
        touch.addBatch();
    }

    /** Plain loops and builders rather than streams and Optionals: this runs once per file of a full build. */
    void insert(ParsedFile f) throws SQLException {
        String path = f.file().path();
        ParsedNote n = f.note().orElse(null);
        NoteProperties p = n == null ? NoteProperties.NONE : n.properties();
        int i = 1;
        note.setInt(i++, f.id());
        note.setString(i++, path);
        note.setString(i++, VaultPaths.name(path));
        note.setString(i++, VaultPaths.folder(path));
        note.setBoolean(i++, f.file().isNote());
        note.setLong(i++, f.file().size());
        note.setLong(i++, f.file().modifiedMillis());
        note.setLong(i++, f.hash());
        note.setLong(i++, f.readAt());
        note.setString(i++, title(n, path));
        note.setString(i++, p.type().orElse(null));
        note.setString(i++, p.date().orElse(null));
        note.setBoolean(i++, p.isMeeting());
        note.setBoolean(i++, f.isPerson());
        note.setString(i++, MultiValue.join(p.accounts()));
        note.setString(i++, MultiValue.join(p.participants()));
        note.setString(i++, MultiValue.join(p.aliases()));
        note.setString(i++, n == null ? "" : MultiValue.join(n.tags()));
        note.setString(i++, n == null ? "" : headings(n));
        note.setString(i++, n == null ? "" : properties(n));
        note.setString(i++, n == null ? "" : damage(n));
        note.setString(i, n == null ? "" : MultiValue.join(n.warnings()));
        note.addBatch();
        if (n != null) {
            insertContent(f.id(), n, f.linkTargets());
        }
    }

    private void insertContent(int id, ParsedNote n, List<Integer> targets) throws SQLException {
        for (TaskLine t : n.tasks()) {
            if (t.line() < Schema.PER_NOTE) {
                insertTask(id, t);
            }
        }
        int links = Math.min(n.links().size(), Schema.PER_NOTE);
        for (int k = 0; k < links; k++) {
            insertLink(id, k, n.links().get(k), targets.get(k));
        }
        text.setInt(1, id);
        text.setString(2, n.body());
        text.addBatch();
    }

    private void insertTask(int id, TaskLine t) throws SQLException {
        int i = 1;
        task.setLong(i++, Schema.rowKey(id, t.line()));
        task.setInt(i++, id);
        task.setInt(i++, t.line());
        task.setString(i++, Character.toString(t.symbol()));
        task.setString(i++, t.status().name());
        task.setString(i++, t.description());
        task.setString(i++, t.ownerRun());
        task.setString(i++, t.ownerRun()); // OwnerRefresh narrows ambiguous runs once person notes are known
        for (Optional<LocalDate> d : List.of(t.due(), t.scheduled(), t.start(), t.created(), t.done(),
                t.cancelled())) {
            setDate(task, i++, d);
        }
        task.setString(i++, t.recurrence().orElse(null));
        task.setString(i++, t.priority().key());
        task.setString(i++, t.id().orElse(null));
        task.setString(i++, t.dependsOn().isEmpty() ? null : String.join(",", t.dependsOn()));
        task.setString(i++, MultiValue.join(t.tags()));
        task.setString(i++, t.blockId().orElse(null));
        task.setString(i, t.heading());
        task.addBatch();
    }

    private void insertLink(int id, int ord, Link l, Integer target) throws SQLException {
        link.setLong(1, Schema.rowKey(id, ord));
        link.setInt(2, id);
        link.setInt(3, l.line());
        link.setString(4, l.kind().name());
        link.setString(5, l.target());
        link.setString(6, l.subpath());
        link.setString(7, l.display());
        link.setString(8, LinkResolver.targetKey(l.target()));
        if (target == null) {
            link.setNull(9, Types.INTEGER);
        } else {
            link.setInt(9, target);
        }
        link.addBatch();
    }

    /** "level line text", one per heading. */
    private static String headings(ParsedNote n) {
        StringBuilder out = new StringBuilder();
        for (Heading h : n.headings()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(h.level()).append(' ').append(h.line()).append(' ');
            MultiValue.appendValue(out, h.text());
        }
        return out.toString();
    }

    /** "key\tvalue", one per value, in the order written. */
    private static String properties(ParsedNote n) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : n.frontmatter().values().entrySet()) {
            String key = e.getKey().replace('\t', ' ');
            for (String v : e.getValue()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                MultiValue.appendValue(out, key);
                out.append('\t');
                MultiValue.appendValue(out, v.replace('\t', ' '));
            }
        }
        return out.toString();
    }

    /** The damage names, sorted, comma-separated. */
    private static String damage(ParsedNote n) {
        if (n.damage().isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Damage d : n.damage()) {
            names.add(d.name());
        }
        names.sort(null);
        return String.join(",", names);
    }

    private static void setDate(PreparedStatement s, int i, Optional<LocalDate> d) throws SQLException {
        if (d.isPresent()) {
            s.setObject(i, d.get()); // H2 takes a LocalDate as it is; java.sql.Date would go through the time zone
        } else {
            s.setNull(i, Types.DATE);
        }
    }

    private static String title(ParsedNote n, String path) {
        if (n != null) {
            Optional<String> title = n.properties().title();
            if (title.isPresent()) {
                return title.get();
            }
            for (Heading h : n.headings()) {
                if (h.level() == 1) {
                    return h.text();
                }
            }
        }
        return VaultPaths.name(path);
    }

    /** Sends every batch: deletes first, so a changed note's new rows never meet its old ones. */
    void flush() throws SQLException {
        for (PreparedStatement s : statements()) {
            s.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements()) {
            s.close();
        }
    }

    /** Deletes come first. */
    private List<PreparedStatement> statements() {
        List<PreparedStatement> all = new ArrayList<>(rangeDeletes);
        all.addAll(idDeletes);
        all.addAll(List.of(note, task, link, text, touch));
        return all;
    }
}
