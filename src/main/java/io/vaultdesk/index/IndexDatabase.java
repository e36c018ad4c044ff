package io.vaultdesk.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * The H2 file that indexes one vault. It lives outside the vault, so sync tools never see it. It records which
 * vault and schema version it was built for; when either differs, its tables are dropped and the index is
 * rebuilt from the files.
 */
public final class IndexDatabase implements AutoCloseable {
    private static final String FILE_NAME = "index";

    static {
        // H2 shares equal strings through a cache, which hashes every value written, every note's whole text
        // included: a tenth of the writer's time in a full build, for no sharing worth having here. It is read
        // once, when H2's settings class loads, so it is set before the first connection.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Connection connection;
    private final Path vaultRoot;
    private boolean empty;
    /**
     * The keys of the links that resolve to each note, read on the first backlinks query and kept until a sync
     * writes ({@link #changed}): a note's links are one packed value (decision 7), so finding the links to
     * one note means reading them all; on 100,000 notes that takes 0.2–1 s, once rather than per query.
     */
    private Map<Integer, long[]> linkKeysByTarget;
    /**
     * Counts over every note's packed tasks that views ask for again and again (the meetings table on every change
     * of its filter), kept until a sync writes, by what was asked: what H2's own cache of query results did when
     * each task was a row.
     */
    private final Map<List<Object>, Object> tallies = new HashMap<>();

    private IndexDatabase(Connection connection, Path vaultRoot) {
        this.connection = connection;
        this.vaultRoot = vaultRoot;
    }

    public static IndexDatabase open(Path indexDir, Path vaultRoot) throws IOException, IndexException {
        Files.createDirectories(indexDir);
        String url = "jdbc:h2:file:" + indexDir.toAbsolutePath().resolve(FILE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=131072";
        try {
            Connection c = DriverManager.getConnection(url, "vaultdesk", "");
            c.setAutoCommit(false);
            IndexDatabase db = new IndexDatabase(c, vaultRoot.toAbsolutePath().normalize());
            db.prepareSchema();
            return db;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                // H2's file lock: one writer per vault. The other process keeps the index right; this one stops.
                throw new IndexException("the vault is open in another VaultDesk process (its index "
                        + indexDir + " is locked)", e);
            }
            throw IndexException.of("cannot open the index in " + indexDir, e);
        }
    }

    private void prepareSchema() throws SQLException {
        Optional<String> version = meta("schema_version");
        Optional<String> vault = meta("vault");
        // A build that was cut off before its end left no "built" mark: start it again rather than trust it.
        if (version.equals(Optional.of(String.valueOf(Schema.VERSION)))
                && vault.equals(Optional.of(vaultRoot.toString())) && meta("built").isPresent()) {
            return;
        }
        startOver();
    }

    /**
     * The links that resolve to the note, each as {@code rowKey(source, ordinal)}, in key order (source order within
     * a source).
     */
    synchronized long[] linkKeysTo(int noteId) throws SQLException {
        if (linkKeysByTarget == null) {
            Map<Integer, long[]> byTarget = new HashMap<>();
            Map<Integer, Integer> counts = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT note_id, data FROM links")) {
                while (r.next()) {
                    int source = r.getInt(1);
                    int[] targets = PackedLinks.targetIds(r.getBytes(2));
                    for (int k = 0; k < targets.length; k++) {
                        int target = targets[k];
                        if (target == StoredLink.UNRESOLVED) {
                            continue;
                        }
                        int n = counts.merge(target, 1, Integer::sum);
                        long[] ids = byTarget.get(target);
                        if (ids == null || ids.length < n) {
                            ids = ids == null ? new long[4] : Arrays.copyOf(ids, ids.length * 2);
                            byTarget.put(target, ids);
                        }
                        ids[n - 1] = Schema.rowKey(source, k);
                    }
                }
            }
            byTarget.replaceAll((target, ids) -> {
                long[] exact = Arrays.copyOf(ids, counts.get(target));
                Arrays.sort(exact);
                return exact;
            });
            linkKeysByTarget = byTarget;
        }
        return linkKeysByTarget.getOrDefault(noteId, new long[0]);
    }

    /**
     * The indexer calls this before and after a sync that writes: the backlinks and the task counts are read again
     * when next asked.
     */
    synchronized void changed() {
        linkKeysByTarget = null;
        tallies.clear();
    }

    /** A count kept until the index changes ({@link #tallies}); {@code key} names the query and its arguments. */
    @SuppressWarnings("unchecked")
    synchronized <T> T tally(List<Object> key, SqlRead<T> read) throws SQLException {
        Object kept = tallies.get(key);
        if (kept == null) {
            kept = read.get();
            tallies.put(List.copyOf(key), kept);
        }
        return (T) kept;
    }

    @FunctionalInterface
    interface SqlRead<T> {
        T get() throws SQLException;
    }

    /** Empty tables, for a full build: also after a full build that failed part of the way. */
    void startOver() throws SQLException {
        Schema.createTables(connection);
        changed();
        setMeta("schema_version", String.valueOf(Schema.VERSION));
        setMeta("vault", vaultRoot.toString());
        connection.commit();
        empty = true;
    }

    /** True when the tables were just created: the next sync is a full build and loads in bulk. */
    public boolean isEmpty() {
        return empty;
    }

    void markBuilt() throws SQLException {
        if (empty) {
            setMeta("built", "true");
            connection.commit();
            empty = false;
        }
    }

    Connection connection() {
        return connection;
    }

    public Path vaultRoot() {
        return vaultRoot;
    }

    Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return Optional.empty(); // a new, empty database
            }
            throw e;
        }
    }

    void removeMeta(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM meta WHERE k = ?")) {
            p.setString(1, key);
            p.executeUpdate();
        }
    }

    void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("MERGE INTO meta(k, v) KEY(k) VALUES(?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    @Override
    public void close() throws IndexException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw IndexException.of("cannot close the index", e);
        }
    }
}
