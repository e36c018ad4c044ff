package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.h2.value.ValueVarbinary;

/** Writes parsed files to the index in JDBC batches: one statement per table, sent once per chunk. */
final class NoteRowWriter implements AutoCloseable {
    private final PreparedStatement note;
    private final PreparedStatement task;
    private final PreparedStatement link;
    private final PreparedStatement text;
    private final PreparedStatement touch;
    private final List<PreparedStatement> deletes = new ArrayList<>();

    /** Task owners are not written here: {@link OwnerRefresh} settles them by owner run after the sync. */
    NoteRowWriter(Connection c) throws SQLException {
        note = c.prepareStatement("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        task = c.prepareStatement("INSERT INTO tasks VALUES(?,?)");
        link = c.prepareStatement("INSERT INTO links VALUES(?,?)");
        text = c.prepareStatement("INSERT INTO fulltext VALUES(?,?,?,?)");
        touch = c.prepareStatement("UPDATE notes SET size = ?, mtime = ?, indexed_at = ? WHERE id = ?");
        deletes.add(c.prepareStatement("DELETE FROM tasks WHERE note_id = ?"));
        deletes.add(c.prepareStatement("DELETE FROM links WHERE note_id = ?"));
        deletes.add(c.prepareStatement("DELETE FROM fulltext WHERE note_id = ?"));
        deletes.add(c.prepareStatement("DELETE FROM notes WHERE id = ?"));
    }

    void remove(int id) throws SQLException {
        for (PreparedStatement d : deletes) {
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

    void insert(ParsedFile f) throws SQLException {
        NoteRows rows = f.rows();
        bind(note, rows.note());
        if (rows.taskRow() != null) {
            bind(task, rows.taskRow());
        }
        if (rows.linkRow() != null) {
            bind(link, rows.linkRow());
        }
        if (rows.text() != null) {
            bind(text, rows.text());
        }
    }

    /** Typed setters: H2's setObject would find each value's type through a chain of instanceof tests. */
    private static void bind(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v instanceof String str) {
                s.setString(i + 1, str);
            } else if (v instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                s.setLong(i + 1, n);
            } else if (v instanceof byte[] bytes) {
                // setBytes copies the array (a body is kilobytes); these rows are built for this write alone and
                // nothing changes their arrays after (H2 may keep the value)
                s.setObject(i + 1, ValueVarbinary.getNoCopy(bytes));
            } else if (v instanceof Boolean b) {
                s.setBoolean(i + 1, b);
            } else if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, v);
            }
        }
        s.addBatch();
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
        List<PreparedStatement> all = new ArrayList<>(deletes);
        all.addAll(List.of(note, task, link, text, touch));
        return all;
    }
}
