package io.vaultdesk.index;

import io.vaultdesk.vault.LinkResolver;
import io.vaultdesk.vault.VaultFile;
import io.vaultdesk.vault.VaultScanner;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Brings the index up to date with the vault: a full build on an empty index, otherwise only what changed.
 * Files are read and parsed on a pool of the size the caller gives (at least one): every core for a command, one
 * fewer for the window (VaultSession). This thread is the only writer.
 * It commits once per chunk, so a crash loses at most a chunk and progress moves steadily.
 */
public final class VaultIndexer {
    private static final System.Logger LOG = System.getLogger(VaultIndexer.class.getName());
    private static final int CHUNK = 256;
    /**
     * Chunks read ahead of the writer. Two per parser left the parser idle whenever a commit or a collection held
     * the writer; sixteen keep it busy: a full build of 100,000 notes went from 12 s to 9-11 s.
     */
    private static final int AHEAD = 16;
    /** ...unless the files in flight are this big: a vault of huge notes must not fill the heap with rows. */
    private static final long AHEAD_BYTES = 32L << 20;
    /** A file modified this close to when it was read may have changed again within one clock tick. */
    private static final long RACY_MILLIS = 2_000;
    /**
     * Set with the first rows a sync writes, cleared with its last commit: found when the index is next read, it
     * says a sync was cut off before it had resolved links again, cleared the report's cache and settled task
     * owners, and what it had changed is no longer known.
     */
    private static final String SYNC_PENDING = "sync_pending";

    private final IndexDatabase db;
    private final int threads;
    /** What the index holds, kept between syncs so that a watcher's small syncs need no table scan. */
    private Map<String, IndexedFile> known;
    /** The person notes and the owner runs written, kept with {@link #known}. */
    private OwnerLedger owners;
    /** Whether {@code task_owners} holds every run of the tasks table, settled: false after a sync was cut off. */
    private boolean ownersSettled;
    /** The index was left by a sync cut off part of the way ({@link #SYNC_PENDING}): the next sync mends it. */
    private boolean cutOff;

    public VaultIndexer(IndexDatabase db, int threads) {
        this.db = db;
        this.threads = Math.max(1, threads);
    }

    public SyncStats sync(IndexProgress progress) throws IOException, IndexException {
        return sync(progress, new VaultScanner().scan(db.vaultRoot()));
    }

    /** @param files a scan of the vault taken just now (see {@link VaultScanner}) */
    public SyncStats sync(IndexProgress progress, List<VaultFile> files) throws IndexException {
        return sync(progress, files, Set.of());
    }

    private SyncStats sync(IndexProgress progress, List<VaultFile> files, Set<String> mustRead)
            throws IndexException {
        long start = System.nanoTime();
        boolean full = db.isEmpty();
        try {
            if (known == null || full) {
                known = full ? new HashMap<>() : loadKnown(db.connection());
                owners = full ? OwnerLedger.empty() : null;
                cutOff = !full && db.meta(SYNC_PENDING).isPresent();
                ownersSettled = !cutOff;
            }
            SyncPlan plan = SyncPlan.of(files, known, RACY_MILLIS, mustRead);
            boolean writes = !plan.toRead().isEmpty() || !plan.removed().isEmpty();
            if (owners == null && (writes || !ownersSettled)) {
                owners = OwnerLedger.load(db.connection()); // read when first needed: an unchanged vault reads nothing
            }
            if (writes || cutOff) {
                db.setMeta(SYNC_PENDING, "true"); // committed with the first rows written
                db.changed(); // what queries keep between them is read again when next asked
            }
            // A full build resolved every link against the files it found; only files gone since matter then.
            Tally tally = new Tally(full ? Set.of() : plan.changedKeys(), plan.removed().size(),
                    full ? new ReportTally() : null);
            if (!plan.removed().isEmpty()) {
                Map<Integer, String> pathById = new HashMap<>();
                known.values().forEach(k -> pathById.put(k.id(), k.path()));
                for (int id : plan.removed()) {
                    owners.removed(id);
                    tally.removedIds.add(id);
                    tally.changes.add(new FileChange(pathById.get(id), FileChange.Kind.DELETED));
                    known.remove(pathById.get(id));
                }
            }
            apply(plan, progress, tally);
            mendAfterWrites(tally);
            if (tally.report != null) {
                keepCountedReport(tally.report);
            }
            if (writes || cutOff) {
                db.removeMeta(SYNC_PENDING);
                db.connection().commit();
                db.changed(); // also what a query kept while the sync wrote
            }
            cutOff = false;
            db.markBuilt();
            return new SyncStats(full, files.size(), tally.parsed, tally.removed, tally.touched, plan.unchanged(),
                    (System.nanoTime() - start) / 1_000_000, tally.changes);
        } catch (SQLException e) {
            rollback();
            startOverIfFull(full, e);
            known = null; // what was committed is unknown here: read it again next time (the owners too)
            throw IndexException.of("cannot update the index", e);
        } catch (RuntimeException | Error e) {
            rollback();
            startOverIfFull(full, e);
            known = null;
            throw e;
        }
    }

    /**
     * Brings the index up to date for some paths only: files or folders that changed, appeared or vanished. A
     * folder is scanned below; every other file is taken as the index last saw it. Used by the watcher, whose
     * events name the paths, and by the app after its own writes.
     */
    public SyncStats syncPaths(Collection<String> paths) throws IOException, IndexException {
        if (known == null) {
            return sync(IndexProgress.NONE);
        }
        return sync(IndexProgress.NONE, PartialScan.of(db.vaultRoot(), known.values(), paths), Set.copyOf(paths));
    }

    /** What applying a plan did; the keys are those of files whose links must be resolved again. */
    private static final class Tally {
        final Set<String> changedKeys;
        final Set<Integer> removedIds = new HashSet<>();
        final List<FileChange> changes = new ArrayList<>();
        int parsed;
        int touched;
        int removed;
        /**
         * The report's figures, counted while a full build writes every file; dropped when a file vanished before
         * it was read, as link targets may then change after the counting.
         */
        ReportTally report;

        Tally(Set<String> changedKeys, int removed, ReportTally report) {
            this.changedKeys = new HashSet<>(changedKeys);
            this.removed = removed;
            this.report = report;
        }
    }

    private void apply(SyncPlan plan, IndexProgress progress, Tally tally) throws SQLException {
        Connection c = db.connection();
        FileReader reader = new FileReader(db.vaultRoot(), new LinkResolver(plan.paths()), plan.idByPath());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vaultdesk-indexer");
            t.setDaemon(true);
            return t;
        });
        try (NoteRowWriter writer = new NoteRowWriter(c)) {
            for (int id : plan.removed()) {
                writer.remove(id);
            }
            List<SyncPlan.Item> items = plan.toRead();
            ArrayDeque<InFlight> window = new ArrayDeque<>();
            long bytesAhead = 0;
            int ahead = Math.max(AHEAD, threads * 2);
            int next = 0;
            int done = 0;
            progress.update(0, items.size());
            while (next < items.size() || !window.isEmpty()) {
                while (next < items.size() && window.size() < ahead
                        && (window.size() < threads * 2 || bytesAhead < AHEAD_BYTES)) {
                    List<SyncPlan.Item> chunk = items.subList(next, Math.min(items.size(), next + CHUNK));
                    long bytes = 0;
                    for (SyncPlan.Item item : chunk) {
                        bytes += item.file().size();
                    }
                    window.add(new InFlight(CompletableFuture.supplyAsync(() -> read(reader, chunk), pool), bytes));
                    bytesAhead += bytes;
                    next += chunk.size();
                }
                InFlight oldest = window.removeFirst();
                bytesAhead -= oldest.bytes();
                List<FileUpdate> updates = oldest.updates().join();
                for (FileUpdate u : updates) {
                    write(writer, u, tally);
                }
                writer.flush();
                c.commit();
                done += updates.size();
                progress.update(done, items.size());
            }
            writer.flush();
            c.commit();
        } finally {
            pool.shutdownNow();
        }
    }

    /** A chunk being read and parsed, and the size of its files. */
    private record InFlight(CompletableFuture<List<FileUpdate>> updates, long bytes) {
    }

    private static List<FileUpdate> read(FileReader reader, List<SyncPlan.Item> chunk) {
        List<FileUpdate> out = new ArrayList<>(chunk.size());
        for (SyncPlan.Item item : chunk) {
            out.add(reader.read(item.id(), item.file(), item.knownHash()));
        }
        return out;
    }

    private void write(NoteRowWriter writer, FileUpdate update, Tally tally) throws SQLException {
        if (!(update instanceof FileUpdate.Parsed)) {
            tally.report = null;
        }
        if (update instanceof FileUpdate.Touched t) {
            writer.touch(t);
            IndexedFile before = known.get(t.file().path());
            known.put(t.file().path(), new IndexedFile(t.id(), t.file().path(), t.file().size(),
                    t.file().modifiedMillis(), before == null ? 0 : before.hash(), t.readAt()));
            tally.touched++;
        } else if (update instanceof FileUpdate.Unreadable u) {
            LOG.log(System.Logger.Level.DEBUG, "kept the indexed content of unreadable " + u.path());
        } else if (update instanceof FileUpdate.Vanished v) {
            owners.removed(v.id());
            if (!v.isNew()) {
                writer.remove(v.id());
                tally.changes.add(new FileChange(v.path(), FileChange.Kind.DELETED));
            }
            tally.removedIds.add(v.id());
            known.remove(v.path());
            tally.changedKeys.add(LinkResolver.targetKey(v.path()));
            tally.removed++;
        } else if (update instanceof FileUpdate.Parsed p) {
            if (!p.isNew()) {
                writer.remove(p.id());
            }
            writer.insert(p.file());
            ParsedFile f = p.file();
            if (tally.report != null) {
                tally.report.add(f.rows());
            }
            owners.written(f.id(), f.rows());
            known.put(f.file().path(), new IndexedFile(f.id(), f.file().path(), f.file().size(),
                    f.file().modifiedMillis(), f.hash(), f.readAt()));
            tally.changes.add(new FileChange(f.file().path(),
                    p.isNew() ? FileChange.Kind.CREATED : FileChange.Kind.MODIFIED));
            tally.parsed++;
        }
    }

    private static Map<String, IndexedFile> loadKnown(Connection c) throws SQLException {
        Map<String, IndexedFile> known = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, path, size, mtime, hash, indexed_at FROM notes")) {
            while (r.next()) {
                IndexedFile f = new IndexedFile(r.getInt(1), r.getString(2), r.getLong(3), r.getLong(4),
                        r.getLong(5), r.getLong(6));
                known.put(f.path(), f);
            }
        }
        return known;
    }

    /**
     * What follows the rows a sync wrote: the report's cache, the links whose target may have changed, the tasks'
     * owners. After a sync that was cut off ({@link #cutOff}) what it changed is not known, so all of them.
     */
    private void mendAfterWrites(Tally tally) throws SQLException {
        if (tally.parsed + tally.removed + tally.touched > 0 || cutOff) {
            ReportCache.clear(db.connection());
        }
        if (cutOff) {
            new LinkRefresh(db.connection()).refreshAll();
        } else {
            new LinkRefresh(db.connection()).refresh(tally.changedKeys, tally.removedIds);
        }
        if (tally.parsed + tally.removed > 0 || !ownersSettled) {
            new OwnerRefresh(db.connection()).refresh(owners, !ownersSettled);
            ownersSettled = true;
        }
    }

    /**
     * Caches the report a full build counted. Only a shortcut: should it fail, the build stands and the next report
     * reads the tables (the cache was cleared and committed with the owners, {@link #mendAfterWrites}).
     */
    private void keepCountedReport(ReportTally counted) {
        try {
            Optional<VaultReport> report = counted.report(owners.names());
            if (report.isPresent()) {
                new ReportCache(db.connection()).save(report.get());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the report counted by the full build", e);
            rollback();
        }
    }

    /** A full build cut off part of the way left rows under ids the next full build would hand out again. */
    private void startOverIfFull(boolean full, Throwable failure) {
        if (full) {
            try {
                db.startOver();
            } catch (SQLException e) {
                failure.addSuppressed(e); // the next open rebuilds an index with no "built" mark anyway
            }
        }
    }

    private void rollback() {
        try {
            db.connection().rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
        db.changed();
    }
}
