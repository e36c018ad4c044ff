package io.vaultdesk.bench;

import io.vaultdesk.app.EntityRow;
import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.app.meeting.MeetingFilter;
import io.vaultdesk.app.meeting.MeetingGroup;
import io.vaultdesk.app.meeting.MeetingGrouping;
import io.vaultdesk.app.meeting.MeetingList;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.NoteQueries;
import io.vaultdesk.index.TaskQueries;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.testing.VaultGenerator;
import io.vaultdesk.vault.NoteKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints the figures issue 7 asks for ("the meetings table virtualised, instant on 20,000 meetings"): the meetings
 * table's rows ({@code Workspace.meetings(filter, grouping)}: the index's overdue counts, then
 * {@code MeetingList.arrange} over the catalog) for every grouping with no filter and with each filter a user sets,
 * median and p95; {@code MeetingList.arrange} alone, in memory, with a fixed overdue map, to separate it from the
 * index query; and the people and accounts lists ({@code Workspace.entities}). After the workspace is closed, the
 * index queries behind those calls are timed alone in a session of their own: index unchanged, after a note
 * changed, and first in a freshly opened index.
 * Each figure has the calling thread's CPU time next to the wall time (while the workspace watches the vault, its
 * index queries run on the index's writer thread: their CPU is not in the caller's), and the load average is
 * printed before and after: the machine may be shared. The table and lists are also timed after a change of the
 * vault, when H2 cannot reuse an earlier result. The vault and its index are kept under the work folder and reused; the
 * benchmark writes one scratch note (no tasks, no links) in the vault while it times after changes, and removes it.
 * Run with {@code bench/meetings-benchmark.sh}; arguments: work folder, vault size (default 26000 notes, which the
 * generator fills with about 20,500 meetings).
 */
public final class MeetingsBenchmark {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 5);
    /** A word of generated meeting titles ("Quarterly Business Review", "Design review"...). */
    private static final String TEXT = System.getProperty("bench.text", "review");
    /** Days of the date range, which ends at the newest meeting's date. */
    private static final int RANGE_DAYS = 30;
    private static final int CHANGE_ROUNDS = Integer.getInteger("bench.changeRounds", 10);
    private static final int FRESH_ROUNDS = Integer.getInteger("bench.freshRounds", 5);
    /** A note the benchmark rewrites to change the index between queries; no task, no link. */
    private static final String SCRATCH = "meetings-benchmark-scratch.md";

    private MeetingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 26_000;
        Path vault = work.resolve("vault-" + size);
        if (!Files.isDirectory(vault)) {
            new VaultGenerator(42).generate(vault, size);
        }
        Path index = work.resolve("index-meetings-" + size);
        Files.deleteIfExists(vault.resolve(SCRATCH)); // left by an interrupted run: the open takes it out of the index
        boolean indexExisted = Files.isDirectory(index);
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB, load average before the run: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        LocalDate today;
        long opening = System.nanoTime();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(index), work.resolve("backups"),
                IndexProgress.NONE)) {
            System.out.printf(Locale.ROOT, "OpenWorkspace.open (%s, catalog, watch): %,d ms%n",
                    indexExisted ? "index reused, vault compared with it" : "index built from scratch",
                    (System.nanoTime() - opening) / 1_000_000);
            VaultCatalog catalog = w.catalog();
            today = w.today();
            List<IndexedNote> meetings = catalog.notes(NoteKind.MEETING);
            System.out.printf(Locale.ROOT, "vault: %,d notes; %,d meetings, %,d people, %,d accounts, %,d projects; "
                    + "today %s%n", catalog.size(), meetings.size(), catalog.notes(NoteKind.PERSON).size(),
                    catalog.notes(NoteKind.ACCOUNT).size(), catalog.notes(NoteKind.PROJECT).size(), today);
            Map<String, MeetingFilter> filters = filters(meetings);
            firstCalls(w);
            table(w, filters);
            Map<Integer, Integer> overdue = overdue(w, catalog, today);
            arrange(meetings, Map.of(), filters, "empty overdue map");
            arrange(meetings, overdue, filters, "overdue map of " + overdue.size() + " notes, fixed");
            entities(w);
            afterChange(w, vault.resolve(SCRATCH));
        }
        queries(vault, index, today);
        System.out.printf(Locale.ROOT, "load average after the run: %s; GC over the run: %s%n", loadAverage(),
                gc(0, 0));
    }

    /** No filter, and each filter a user sets, one at a time: the account, participant and tag most meetings have. */
    private static Map<String, MeetingFilter> filters(List<IndexedNote> meetings) {
        String account = mostUsed(meetings, IndexedNote::accounts, s -> s.toLowerCase(Locale.ROOT));
        String participant = mostUsed(meetings, IndexedNote::participants, s -> s.toLowerCase(Locale.ROOT));
        Function<String, String> tagKey = t -> t.replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        String tag = mostUsed(meetings, IndexedNote::tags, tagKey);
        LocalDate newest = meetings.stream().map(MeetingList::date).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate from = newest.minusDays(RANGE_DAYS - 1);
        Map<String, MeetingFilter> filters = new LinkedHashMap<>();
        filters.put("none", MeetingFilter.ALL);
        filters.put("account " + account, MeetingFilter.ALL.withAccount(Optional.of(account)));
        filters.put("participant " + participant, MeetingFilter.ALL.withParticipant(Optional.of(participant)));
        filters.put("text \"" + TEXT + "\"", MeetingFilter.ALL.withText(TEXT));
        filters.put("dates " + from + ".." + newest,
                MeetingFilter.ALL.withDates(Optional.of(from), Optional.of(newest)));
        filters.put("tag " + tag, MeetingFilter.ALL.withTag(Optional.of(tag)));
        // When nearly every meeting has the most used tag ("meeting"), the next one is what a user would pick.
        long withTag = meetings.stream().filter(m -> m.tags().stream().map(tagKey).anyMatch(tagKey.apply(tag)::equals))
                .count();
        if (withTag > meetings.size() * 9 / 10) {
            String other = mostUsed(meetings, m -> m.tags().stream().filter(t -> !tagKey.apply(t)
                    .equals(tagKey.apply(tag))).toList(), tagKey);
            filters.put("tag " + other, MeetingFilter.ALL.withTag(Optional.of(other)));
        }
        return filters;
    }

    /** The value (as first written) that the most meetings have, counted once a meeting, by key. */
    private static String mostUsed(List<IndexedNote> meetings, Function<IndexedNote, List<String>> values,
                                   Function<String, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (IndexedNote m : meetings) {
            values.apply(m).stream().distinct().forEach(v -> {
                String k = key.apply(v);
                spelling.putIfAbsent(k, v);
                counts.merge(k, 1, Integer::sum);
            });
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(e -> spelling.get(e.getKey())).orElseThrow();
    }

    /** What the user waits for when the table or a list is first shown after the vault opened. */
    private static void firstCalls(OpenWorkspace w) throws Exception {
        Times meetings = new Times();
        meetings.start();
        w.meetings(MeetingFilter.ALL, MeetingGrouping.NONE);
        meetings.stop();
        Times people = new Times();
        people.start();
        w.entities(NoteKind.PERSON);
        people.stop();
        Times accounts = new Times();
        accounts.start();
        w.entities(NoteKind.ACCOUNT);
        accounts.stop();
        System.out.printf(Locale.ROOT, "first call after the open, no warm-up: meetings(ALL, NONE) %s; "
                + "entities(PERSON) %s; entities(ACCOUNT) %s%n", meetings.columns().strip(),
                people.columns().strip(), accounts.columns().strip());
    }

    /** {@code Workspace.meetings}: the index's overdue counts, then the arrangement in memory. */
    private static void table(OpenWorkspace w, Map<String, MeetingFilter> filters) throws Exception {
        for (int warm = 0; warm < WARM_UP; warm++) {
            for (MeetingFilter f : filters.values()) {
                for (MeetingGrouping g : MeetingGrouping.values()) {
                    w.meetings(f, g);
                }
            }
        }
        System.out.printf(Locale.ROOT, "meetings table (Workspace.meetings: overdue query + MeetingList.arrange), "
                + "%d rounds per filter and grouping after %d warm-up rounds:%n", ROUNDS, WARM_UP);
        header();
        long[] gc = gcTotals();
        Times all = new Times();
        for (Map.Entry<String, MeetingFilter> e : filters.entrySet()) {
            for (MeetingGrouping g : MeetingGrouping.values()) {
                Times times = new Times();
                List<MeetingGroup> shown = null;
                for (int round = 0; round < ROUNDS; round++) {
                    times.start();
                    shown = w.meetings(e.getValue(), g);
                    times.stop();
                }
                all.add(times);
                row(e.getKey(), g, times, shown);
            }
        }
        System.out.printf(Locale.ROOT, "  %-34s %-6s %s %,7d calls; GC %s%n", "all calls", "all", all.columns(),
                all.size(), gc(gc[0], gc[1]));
    }

    /**
     * The overdue counts as the index gives them (open tasks past due, per note), built here from the task rows, so
     * {@code arrange} can be timed alone; checked against the table's figures.
     */
    private static Map<Integer, Integer> overdue(OpenWorkspace w, VaultCatalog catalog, LocalDate today)
            throws Exception {
        Map<Integer, Integer> overdue = new HashMap<>();
        for (TaskRow r : w.tasks()) {
            if (r.task().isOpen() && r.task().due().isPresent() && r.task().due().get().isBefore(today)) {
                overdue.merge(r.task().noteId(), 1, Integer::sum);
            }
        }
        long fromIndex = overdueSum(w.meetings(MeetingFilter.ALL, MeetingGrouping.NONE));
        long fromMap = overdueSum(MeetingList.arrange(catalog.notes(NoteKind.MEETING), overdue, MeetingFilter.ALL,
                MeetingGrouping.NONE));
        System.out.printf(Locale.ROOT, "overdue items in the meetings table: %,d (Workspace.meetings), %,d (fixed "
                + "map)%s%n", fromIndex, fromMap, fromIndex == fromMap ? "" : " -- DIFFERENT");
        return overdue;
    }

    private static long overdueSum(List<MeetingGroup> groups) {
        return groups.stream().flatMap(g -> g.rows().stream()).mapToLong(r -> r.overdue()).sum();
    }

    /** {@code MeetingList.arrange} alone: a pass over the catalog's meetings in memory. */
    private static void arrange(List<IndexedNote> meetings, Map<Integer, Integer> overdue,
                                Map<String, MeetingFilter> filters, String label) {
        for (int warm = 0; warm < WARM_UP; warm++) {
            for (MeetingFilter f : filters.values()) {
                for (MeetingGrouping g : MeetingGrouping.values()) {
                    MeetingList.arrange(meetings, overdue, f, g);
                }
            }
        }
        System.out.printf(Locale.ROOT, "MeetingList.arrange alone on %,d meetings, %s, %d rounds per filter and "
                + "grouping after %d warm-up rounds:%n", meetings.size(), label, ROUNDS, WARM_UP);
        header();
        long[] gc = gcTotals();
        Times all = new Times();
        for (Map.Entry<String, MeetingFilter> e : filters.entrySet()) {
            for (MeetingGrouping g : MeetingGrouping.values()) {
                Times times = new Times();
                List<MeetingGroup> shown = null;
                for (int round = 0; round < ROUNDS; round++) {
                    times.start();
                    shown = MeetingList.arrange(meetings, overdue, e.getValue(), g);
                    times.stop();
                }
                all.add(times);
                row(e.getKey(), g, times, shown);
            }
        }
        System.out.printf(Locale.ROOT, "  %-34s %-6s %s %,7d calls; GC %s%n", "all calls", "all", all.columns(),
                all.size(), gc(gc[0], gc[1]));
        Times dates = new Times();
        int dated = 0;
        for (int round = 0; round < ROUNDS; round++) {
            dates.start();
            dated = 0;
            for (IndexedNote m : meetings) {
                dated += MeetingList.date(m).isPresent() ? 1 : 0;
            }
            dates.stop();
        }
        System.out.printf(Locale.ROOT, "  %-41s %s %,7d (part of each call above: the date of every meeting)%n",
                "MeetingList.date, every meeting", dates.columns(), dated);
    }

    /** The people and accounts lists (and projects): two index queries, then the figures in memory. */
    private static void entities(OpenWorkspace w) throws Exception {
        List<NoteKind> kinds = List.of(NoteKind.PERSON, NoteKind.ACCOUNT, NoteKind.PROJECT);
        for (int warm = 0; warm < WARM_UP; warm++) {
            for (NoteKind k : kinds) {
                w.entities(k);
            }
        }
        System.out.printf(Locale.ROOT, "entity lists (Workspace.entities: meeting links + open tasks by owner "
                + "queries, then EntityStats), %d rounds after %d warm-up rounds:%n", ROUNDS, WARM_UP);
        System.out.printf(Locale.ROOT, "  %-10s %9s %9s %9s %9s %9s %7s %9s %9s%n", "kind", "median", "p95", "min",
                "max", "cpu med", "rows", "meetings", "open");
        long[] gc = gcTotals();
        for (NoteKind k : kinds) {
            Times times = new Times();
            List<EntityRow> rows = null;
            for (int round = 0; round < ROUNDS; round++) {
                times.start();
                rows = w.entities(k);
                times.stop();
            }
            System.out.printf(Locale.ROOT, "  %-10s %s %,7d %,9d %,9d%n", k, times.columns(), rows.size(),
                    rows.stream().mapToLong(EntityRow::meetings).sum(),
                    rows.stream().mapToLong(EntityRow::openTasks).sum());
        }
        System.out.printf(Locale.ROOT, "  GC %s%n", gc(gc[0], gc[1]));
    }

    /**
     * What the table and the lists cost when the vault changed (an edit in the app or on disk): each round rewrites
     * the scratch note, waits until the workspace tells its listeners (the watch caught up and the catalog was
     * reloaded; not timed), then times the call, so H2 cannot reuse an earlier result. The note is removed after.
     */
    private static void afterChange(OpenWorkspace w, Path scratch) throws Exception {
        java.util.concurrent.BlockingQueue<java.util.Set<String>> changes =
                new java.util.concurrent.LinkedBlockingQueue<>();
        w.addListener(new io.vaultdesk.app.WorkspaceListener() {
            @Override
            public void vaultChanged(VaultCatalog catalog, java.util.Set<String> paths) {
                changes.add(paths);
            }

            @Override
            public void vaultFailed(String message) {
                changes.add(java.util.Set.of("failed: " + message));
            }
        });
        Map<String, IndexCall> calls = new LinkedHashMap<>();
        calls.put("meetings(ALL, NONE)", s -> w.meetings(MeetingFilter.ALL, MeetingGrouping.NONE).size());
        calls.put("meetings(ALL, WEEK)", s -> w.meetings(MeetingFilter.ALL, MeetingGrouping.WEEK).size());
        calls.put("entities(PERSON)", s -> w.entities(NoteKind.PERSON).size());
        calls.put("entities(ACCOUNT)", s -> w.entities(NoteKind.ACCOUNT).size());
        System.out.printf(Locale.ROOT, "after a change: the scratch note rewritten, the watch's update awaited (not "
                + "timed), %d rounds after 2 warm-up rounds; wall includes the index queries, which run on the index's "
                + "writer thread (not in cpu med):%n", CHANGE_ROUNDS);
        System.out.printf(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s%n", "call", "median", "p95", "min", "max",
                "cpu med");
        int version = 0;
        for (Map.Entry<String, IndexCall> e : calls.entrySet()) {
            Times times = new Times();
            for (int round = -2; round < CHANGE_ROUNDS; round++) {
                Files.writeString(scratch, "# Meetings benchmark scratch\n\nVersion " + version++
                        + ", nothing here.\n");
                awaitScratch(changes, scratch);
                times.start();
                e.getValue().run(null);
                if (round >= 0) {
                    times.stop();
                }
            }
            System.out.printf(Locale.ROOT, "  %-34s %s%n", "Workspace." + e.getKey(), times.columns());
        }
        Files.deleteIfExists(scratch);
        awaitScratch(changes, scratch);
    }

    private static void awaitScratch(java.util.concurrent.BlockingQueue<java.util.Set<String>> changes, Path scratch)
            throws InterruptedException {
        while (true) {
            java.util.Set<String> paths = changes.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            if (paths == null) {
                throw new IllegalStateException("the watch did not report " + scratch + " within 30 s");
            }
            if (paths.contains(SCRATCH)) {
                return;
            }
            if (paths.stream().anyMatch(p -> p.startsWith("failed: "))) {
                throw new IllegalStateException(String.join(", ", paths));
            }
        }
    }

    /**
     * The index queries behind those calls, alone, in a session of the same index with no watch: with the index
     * unchanged (H2 may reuse the last result of the same query), after a note changed (what the table and lists do
     * after an edit: each round rewrites a scratch note without tasks or links and refreshes it, not timed, so H2
     * cannot reuse a result), and first in a freshly opened index. The scratch note is removed after.
     */
    private static void queries(Path vault, Path index, LocalDate today) throws Exception {
        Map<String, IndexCall> calls = new LinkedHashMap<>();
        calls.put("TaskQueries.overdueOpenCounts", s -> s.read(db -> new TaskQueries(db).overdueOpenCounts(today))
                .size());
        calls.put("NoteQueries.meetingLinks", s -> s.read(db -> new NoteQueries(db).meetingLinks()).size());
        calls.put("TaskQueries.openCountsByOwner", s -> s.read(db -> new TaskQueries(db).openCountsByOwner())
                .size());
        Path scratch = vault.resolve(SCRATCH);
        Map<String, String> unchanged = new LinkedHashMap<>();
        Map<String, String> changed = new LinkedHashMap<>();
        try (VaultSession session = VaultSession.open(vault, index)) {
            for (int warm = 0; warm < WARM_UP; warm++) {
                for (IndexCall c : calls.values()) {
                    c.run(session);
                }
            }
            for (Map.Entry<String, IndexCall> e : calls.entrySet()) {
                Times times = new Times();
                int rows = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    times.start();
                    rows = e.getValue().run(session);
                    times.stop();
                }
                unchanged.put(e.getKey(), String.format(Locale.ROOT, "%s %,7d", times.columns(), rows));
            }
            for (Map.Entry<String, IndexCall> e : calls.entrySet()) {
                Times times = new Times();
                int rows = 0;
                for (int round = -2; round < ROUNDS; round++) {
                    Files.writeString(scratch, "# Meetings benchmark scratch\n\nRound " + round + ", nothing here.\n");
                    session.refresh(List.of(SCRATCH));
                    times.start();
                    rows = e.getValue().run(session);
                    if (round >= 0) {
                        times.stop();
                    }
                }
                changed.put(e.getKey(), String.format(Locale.ROOT, "%s %,7d", times.columns(), rows));
            }
            Files.deleteIfExists(scratch);
            session.refresh(List.of(SCRATCH));
        }
        Map<String, Times> fresh = new LinkedHashMap<>();
        for (int round = 0; round < FRESH_ROUNDS; round++) {
            for (Map.Entry<String, IndexCall> e : calls.entrySet()) {
                try (VaultSession session = VaultSession.open(vault, index)) {
                    Times times = fresh.computeIfAbsent(e.getKey(), k -> new Times());
                    times.start();
                    e.getValue().run(session);
                    times.stop();
                }
            }
        }
        System.out.printf(Locale.ROOT, "index queries alone (a session of the same index, not watched), %d rounds "
                + "after %d warm-up rounds; after a change: a scratch note rewritten and refreshed before each round "
                + "(not timed); fresh: first query in a newly opened index, %d rounds:%n", ROUNDS, WARM_UP,
                FRESH_ROUNDS);
        System.out.printf(Locale.ROOT, "  %-30s %-15s %9s %9s %9s %9s %9s %7s%n", "query", "index", "median", "p95",
                "min", "max", "cpu med", "rows");
        for (String q : calls.keySet()) {
            System.out.printf(Locale.ROOT, "  %-30s %-15s %s%n", q, "unchanged", unchanged.get(q));
            System.out.printf(Locale.ROOT, "  %-30s %-15s %s%n", q, "after a change", changed.get(q));
            System.out.printf(Locale.ROOT, "  %-30s %-15s %s%n", q, "fresh", fresh.get(q).columns());
        }
    }

    /** A query of the index through the session; returns its number of rows. */
    @FunctionalInterface
    private interface IndexCall {
        int run(VaultSession session) throws Exception;
    }

    private static void header() {
        System.out.printf(Locale.ROOT, "  %-34s %-6s %9s %9s %9s %9s %9s %7s %6s%n", "filter", "group", "median",
                "p95", "min", "max", "cpu med", "rows", "groups");
    }

    private static void row(String filter, MeetingGrouping g, Times times, List<MeetingGroup> shown) {
        System.out.printf(Locale.ROOT, "  %-34s %-6s %s %,7d %6d%n", filter, g, times.columns(),
                shown.stream().mapToInt(x -> x.rows().size()).sum(), shown.size());
    }


    /** Collections and milliseconds of every collector since the JVM started. */
    private static long[] gcTotals() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean b
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static String gc(long countBefore, long millisBefore) {
        long[] now = gcTotals();
        return String.format(Locale.ROOT, "%d collections, %d ms", now[0] - countBefore, now[1] - millisBefore);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

}
