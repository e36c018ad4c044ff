package io.vaultdesk.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The index's tables. The index is a cache of the vault, so a schema change does not migrate: it bumps
 * {@link #VERSION} and the index is rebuilt from the files (docs/decisions/0002-index-is-a-rebuildable-cache.md).
 * Secondary indexes are created after a full build's bulk load, which is several times faster than maintaining
 * them row by row.
 */
final class Schema {
    static final int VERSION = 1;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE meta(k VARCHAR PRIMARY KEY, v VARCHAR)",
            """
            CREATE TABLE notes(id INT PRIMARY KEY, path VARCHAR NOT NULL, name VARCHAR NOT NULL,
              name_key VARCHAR NOT NULL, folder VARCHAR NOT NULL, is_note BOOLEAN NOT NULL, size BIGINT NOT NULL,
              mtime BIGINT NOT NULL, hash BIGINT NOT NULL, indexed_at BIGINT NOT NULL, title VARCHAR,
              type VARCHAR, date VARCHAR, is_meeting BOOLEAN NOT NULL, is_person BOOLEAN NOT NULL,
              damage VARCHAR NOT NULL, warnings VARCHAR NOT NULL)""",
            "CREATE TABLE properties(note_id INT NOT NULL, k VARCHAR NOT NULL, ord INT NOT NULL, v VARCHAR NOT NULL)",
            // Reduced values the views query by: ACCOUNT, PARTICIPANT, ALIAS.
            "CREATE TABLE facets(note_id INT NOT NULL, facet VARCHAR(16) NOT NULL, v VARCHAR NOT NULL)",
            "CREATE TABLE tags(note_id INT NOT NULL, tag VARCHAR NOT NULL)",
            "CREATE TABLE headings(note_id INT NOT NULL, line INT NOT NULL, level INT NOT NULL, text VARCHAR NOT NULL)",
            """
            CREATE TABLE tasks(note_id INT NOT NULL, line INT NOT NULL, symbol VARCHAR(2) NOT NULL,
              status VARCHAR(12) NOT NULL, description VARCHAR NOT NULL, owner_run VARCHAR NOT NULL,
              owner VARCHAR NOT NULL, due DATE, scheduled DATE, start_date DATE, created DATE, done DATE,
              cancelled DATE, recurrence VARCHAR, priority VARCHAR(8) NOT NULL, task_id VARCHAR,
              depends_on VARCHAR, tags VARCHAR NOT NULL, block_id VARCHAR, heading VARCHAR NOT NULL,
              PRIMARY KEY(note_id, line))""",
            // target_id is null while the link resolves to nothing; target keeps what was written.
            """
            CREATE TABLE links(note_id INT NOT NULL, ord INT NOT NULL, line INT NOT NULL, kind VARCHAR(12) NOT NULL,
              target VARCHAR NOT NULL, subpath VARCHAR NOT NULL, display VARCHAR NOT NULL,
              target_key VARCHAR NOT NULL, target_id INT, PRIMARY KEY(note_id, ord))""",
            "CREATE TABLE fulltext(note_id INT PRIMARY KEY, body VARCHAR NOT NULL)");

    private static final List<String> INDEXES = List.of(
            "CREATE UNIQUE INDEX notes_path ON notes(path)",
            "CREATE INDEX notes_name ON notes(name_key)",
            "CREATE INDEX properties_note ON properties(note_id)",
            "CREATE INDEX facets_note ON facets(note_id)",
            "CREATE INDEX facets_value ON facets(facet, v)",
            "CREATE INDEX tags_note ON tags(note_id)",
            "CREATE INDEX tags_tag ON tags(tag)",
            "CREATE INDEX headings_note ON headings(note_id)",
            "CREATE INDEX tasks_owner ON tasks(owner)",
            "CREATE INDEX tasks_due ON tasks(due)",
            "CREATE INDEX links_target ON links(target_id)",
            "CREATE INDEX links_key ON links(target_key)");

    private Schema() {
    }

    static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
        }
    }

    static void createIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : INDEXES) {
                s.execute(ddl);
            }
        }
    }
}
