package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The index's tables. The index is a cache of the vault, so a schema change does not migrate: it bumps
 * {@link #VERSION} and the index is rebuilt from the files (docs/decisions/0002-index-is-a-rebuildable-cache.md).
 *
 * <p>Shaped for H2's costs (docs/decisions/0007-index-shape-for-h2.md): a row costs about 6 µs to insert whatever
 * its width, and a secondary index doubles that. So a note's small facts (tags, accounts, participants, aliases)
 * are columns of its row, and its links and its tasks are one packed value each ({@link PackedLinks},
 * {@link PackedTasks}) in a row keyed by the note's id, so replacing a note's rows needs no extra index. A task's
 * owner depends on every person note of the vault, so it is kept by owner run in {@code task_owners}.
 * Multi-valued columns hold values separated by newlines. A note's task counts are columns of its row too: the
 * catalog, read at every launch, then needs no pass over the tasks table. What no query of the notes table needs,
 * a note's properties and headings, travels with its body in {@code fulltext}, in UTF-8: H2 reads and writes a
 * string one character at a time, and reads every column of a row it visits, so on the notes table they made the
 * catalog's scan at every launch half again as long.
 */
final class Schema {
    static final int VERSION = 8;
    /**
     * Links of a note are numbered below this; a note with more links keeps the first ones. A link's key,
     * {@code rowKey(note, ordinal)}, names it in the backlinks kept in memory.
     */
    static final int PER_NOTE = 1 << 20;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE meta(k VARCHAR PRIMARY KEY, v VARCHAR)",
            """
            CREATE TABLE notes(id INT PRIMARY KEY, path VARCHAR NOT NULL, name VARCHAR NOT NULL,
              folder VARCHAR NOT NULL, is_note BOOLEAN NOT NULL, size BIGINT NOT NULL,
              mtime BIGINT NOT NULL, hash BIGINT NOT NULL, indexed_at BIGINT NOT NULL, title VARCHAR,
              type VARCHAR, date VARCHAR, is_meeting BOOLEAN NOT NULL, is_person BOOLEAN NOT NULL,
              accounts VARCHAR NOT NULL, participants VARCHAR NOT NULL, aliases VARCHAR NOT NULL,
              tags VARCHAR NOT NULL, damage VARCHAR NOT NULL, warnings VARCHAR NOT NULL, open_tasks INT NOT NULL,
              tasks INT NOT NULL)""",
            // A note's tasks, packed in one value (PackedTasks); a note without tasks has no row.
            "CREATE TABLE tasks(note_id INT PRIMARY KEY, data VARBINARY NOT NULL)",
            // Who owns the tasks of each owner run (OwnerNames), settled after every sync by OwnerRefresh: the runs
            // are few even when tasks are many, so person notes that change rewrite this, not the tasks.
            "CREATE TABLE task_owners(run VARCHAR PRIMARY KEY, owner VARCHAR NOT NULL)",
            // A note's links, packed in one value (PackedLinks); a note without links has no row.
            "CREATE TABLE links(note_id INT PRIMARY KEY, data VARBINARY NOT NULL)",
            // UTF-8 bytes rather than VARCHAR: H2 writes a string to disk one character at a time, bytes in one copy,
            // and the bodies are most of the index's bytes (decision 7). Properties are "key<TAB>value" lines,
            // headings "level line text" lines (MultiValue).
            """
            CREATE TABLE fulltext(note_id INT PRIMARY KEY, body VARBINARY NOT NULL, properties VARBINARY NOT NULL,
              headings VARBINARY NOT NULL)""",
            "CREATE TABLE report_cache(kind VARCHAR NOT NULL, k VARCHAR NOT NULL, v INT NOT NULL)");

    private Schema() {
    }

    static long rowKey(int noteId, int n) {
        return ((long) noteId << 20) | n;
    }

    /** The note of a {@link #rowKey}. */
    static int noteOf(long rowKey) {
        return (int) (rowKey >>> 20);
    }

    /** The ordinal of a {@link #rowKey}. */
    static int numberOf(long rowKey) {
        return (int) (rowKey & (PER_NOTE - 1));
    }

    static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
        }
    }
}
