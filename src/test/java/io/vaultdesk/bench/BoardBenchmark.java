package io.vaultdesk.bench;

import io.vaultdesk.app.VaultSession;
import io.vaultdesk.app.VaultTasks;
import io.vaultdesk.app.board.Board;
import io.vaultdesk.app.board.BoardFilter;
import io.vaultdesk.app.board.Grouping;
import io.vaultdesk.app.board.OwnerChoice;
import io.vaultdesk.app.board.OwnerLanes;
import io.vaultdesk.app.board.Split;
import io.vaultdesk.app.board.TaskBoard;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.testing.VaultGenerator;
import io.vaultdesk.vault.Priority;
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
import java.util.Set;

/**
 * Prints the figures issue 6 asks for: the task board's query ({@code VaultTasks.all()}) and regrouping time
 * ({@code TaskBoard.arrange}) for about 50,000 tasks, median and p95. Also the time to build the {@link TaskBoard}
 * from the rows (once per load of the tasks), and the index sync before, which is not part of the board figures.
 * Each figure has the calling thread's CPU time next to the wall time, and the load average is printed before and
 * after: the machine may be shared. The vault and its index are kept under the work folder; the benchmark writes
 * one scratch note (no tasks) in the vault while it runs and removes it.
 * Run with {@code bench/board-benchmark.sh}; arguments: work folder, vault size (default 14000 notes, which the
 * generator fills with about 50,300 tasks).
 */
public final class BoardBenchmark {
    private static final int QUERY_ROUNDS = Integer.getInteger("bench.queryRounds", 10);
    private static final int FRESH_ROUNDS = Integer.getInteger("bench.freshRounds", 5);
    private static final int BUILD_ROUNDS = Integer.getInteger("bench.buildRounds", 10);
    private static final int ARRANGE_ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int WARM_UP = 5;
    /** Obsidian Tasks' global filter tag, which nearly every generated task has. */
    private static final String GLOBAL_TAG = "task";
    /** A note the benchmark rewrites to change the index between queries; it holds no task. */
    private static final String SCRATCH = "board-benchmark-scratch.md";
    /** The generator's "today": its due dates are spread around it, so the buckets and the 30-day range are full. */
    private static final LocalDate TODAY = LocalDate.parse(System.getProperty("bench.today", "2026-11-24"));

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 14_000;
        Path vault = work.resolve("vault-" + size);
        if (!Files.isDirectory(vault)) {
            new VaultGenerator(42).generate(vault, size);
        }
        Path index = work.resolve("index-board-" + size);
        Path scratch = vault.resolve(SCRATCH);
        Files.deleteIfExists(scratch); // left by an interrupted run: the sync takes it out of the index
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB, load average before the run: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        List<TaskRow> rows;
        try (VaultSession session = VaultSession.open(vault, index)) {
            SyncStats s = session.sync(IndexProgress.NONE);
            System.out.printf(Locale.ROOT, "index sync (%s, %,d files, %,d parsed): %,d ms (not part of the board "
                    + "figures)%n", s.fullBuild() ? "full build" : "unchanged index checked", s.files(), s.parsed(),
                    s.millis());
            rows = query(session);
            queryAfterChange(session, scratch);
        }
        freshQuery(vault, index);
        TaskBoard board = build(rows);
        arrange(board);
        System.out.printf(Locale.ROOT, "load average after the run: %s; GC over the run: %s%n", loadAverage(),
                gc(0, 0));
    }

    private static List<TaskRow> query(VaultSession session) throws Exception {
        VaultTasks tasks = new VaultTasks(session);
        long first = System.nanoTime();
        List<TaskRow> rows = tasks.all();
        double firstMs = (System.nanoTime() - first) / 1e6;
        long open = rows.stream().filter(r -> r.task().isOpen()).count();
        System.out.printf(Locale.ROOT, "tasks: %,d (%,d open) in %,d notes%n", rows.size(), open,
                rows.stream().map(TaskRow::path).distinct().count());
        System.out.printf(Locale.ROOT, "board query (VaultTasks.all), first after the sync: %.1f ms%n", firstMs);
        for (int warm = 0; warm < 2; warm++) {
            tasks.all();
        }
        long[] gc = gcTotals();
        Times times = new Times();
        for (int round = 0; round < QUERY_ROUNDS; round++) {
            times.start();
            tasks.all();
            times.stop();
        }
        System.out.printf(Locale.ROOT, "board query, index unchanged (H2 may reuse a result), %d rounds after 2 "
                + "warm-up: %s; GC %s%n", times.size(), times, gc(gc[0], gc[1]));
        return rows;
    }

    /**
     * What the board does after an edit: the app writes a note, refreshes it in the index, and loads the tasks
     * again. Each round rewrites a scratch note without tasks and refreshes it (not timed), so the index has
     * changed and H2 cannot reuse an earlier result, then times the query. The scratch note is removed after.
     */
    private static void queryAfterChange(VaultSession session, Path scratch) throws Exception {
        VaultTasks tasks = new VaultTasks(session);
        long[] gc = null;
        Times times = new Times();
        int tasksSeen = 0;
        for (int round = -2; round < QUERY_ROUNDS; round++) {
            if (round == 0) {
                gc = gcTotals();
            }
            Files.writeString(scratch, "# Board benchmark scratch\n\nRound " + round + ", no tasks here.\n");
            session.refresh(List.of(SCRATCH));
            times.start();
            tasksSeen = tasks.all().size();
            if (round >= 0) {
                times.stop();
            }
        }
        Files.deleteIfExists(scratch);
        session.refresh(List.of(SCRATCH));
        System.out.printf(Locale.ROOT, "board query, after a note changed (refresh not timed), %d rounds after 2 "
                + "warm-up: %s (%,d tasks); GC %s%n", times.size(), times, tasksSeen, gc(gc[0], gc[1]));
    }

    /**
     * The board's first load after the app opened the vault: each round opens the index (not timed), with nothing
     * in H2's caches, and times the first query.
     */
    private static void freshQuery(Path vault, Path index) throws Exception {
        Times times = new Times();
        for (int round = 0; round < FRESH_ROUNDS; round++) {
            try (VaultSession session = VaultSession.open(vault, index)) {
                VaultTasks tasks = new VaultTasks(session);
                times.start();
                tasks.all();
                times.stop();
            }
        }
        System.out.printf(Locale.ROOT, "board query, first in a freshly opened index, %d rounds: %s%n",
                times.size(), times);
    }

    private static TaskBoard build(List<TaskRow> rows) {
        for (int warm = 0; warm < 3; warm++) {
            new TaskBoard(rows, OwnerLanes.DEFAULT_NAMES);
        }
        long[] gc = gcTotals();
        Times times = new Times();
        TaskBoard board = null;
        for (int round = 0; round < BUILD_ROUNDS; round++) {
            times.start();
            board = new TaskBoard(rows, OwnerLanes.DEFAULT_NAMES);
            times.stop();
        }
        System.out.printf(Locale.ROOT, "new TaskBoard(%,d rows), %d rounds after 3 warm-up: %s; GC %s%n",
                rows.size(), times.size(), times, gc(gc[0], gc[1]));
        return board;
    }

    private static void arrange(TaskBoard board) {
        Map<String, BoardFilter> filters = filters(board);
        for (int warm = 0; warm < WARM_UP; warm++) {
            for (BoardFilter f : filters.values()) {
                for (Grouping g : Grouping.values()) {
                    board.arrange(f, g, TODAY);
                }
            }
        }
        System.out.printf(Locale.ROOT, "regrouping (TaskBoard.arrange) on %,d tasks, today %s, %d rounds per filter "
                + "and grouping after %d warm-up rounds:%n", board.size(), TODAY, ARRANGE_ROUNDS, WARM_UP);
        System.out.printf(Locale.ROOT, "  %-36s %-11s %9s %9s %9s %9s %9s %7s %6s%n", "filter", "grouping",
                "median", "p95", "min", "max", "cpu med", "cards", "lanes");
        long[] gc = gcTotals();
        Times all = new Times();
        for (Map.Entry<String, BoardFilter> e : filters.entrySet()) {
            for (Grouping g : Grouping.values()) {
                Times times = new Times();
                Board shown = null;
                for (int round = 0; round < ARRANGE_ROUNDS; round++) {
                    times.start();
                    shown = board.arrange(e.getValue(), g, TODAY);
                    times.stop();
                }
                all.add(times);
                System.out.printf(Locale.ROOT, "  %-36s %-11s %s %7d %6d%n", e.getKey(), g, times.columns(),
                        shown.shown(), shown.lanes().size());
            }
        }
        System.out.printf(Locale.ROOT, "  %-36s %-11s %s %,7d calls; GC %s%n", "all arrange calls", "both",
                all.columns(), all.size(), gc(gc[0], gc[1]));
    }

    /** The filters a user sets on the board, each from the default (open tasks of every owner) with one change. */
    private static Map<String, BoardFilter> filters(TaskBoard board) {
        Board first = board.arrange(BoardFilter.OPEN, Grouping.OWNER_FIRST, TODAY);
        String account = mostUsed(first.accounts(), board, true);
        // "#task" is Obsidian Tasks' global filter: nearly every task has it, so it is timed apart from a tag
        // a user would pick (the most used other one).
        String tag = mostUsed(first.tags().stream().filter(t -> !t.equalsIgnoreCase(GLOBAL_TAG)).toList(), board,
                false);
        OwnerChoice owner = first.owners().stream()
                .filter(o -> !o.key().equals(OwnerLanes.ME) && !o.key().equals(OwnerLanes.NO_OWNER))
                .findFirst().orElseThrow();
        Map<String, BoardFilter> filters = new LinkedHashMap<>();
        filters.put("none (open tasks)", BoardFilter.OPEN);
        filters.put("show done", BoardFilter.OPEN.withShowDone(true));
        filters.put("text \"review\"", BoardFilter.OPEN.withText("review"));
        filters.put("account " + account, BoardFilter.OPEN.withAccount(Optional.of(account)));
        filters.put("tag " + tag, BoardFilter.OPEN.withTag(Optional.of(tag)));
        filters.put("tag " + GLOBAL_TAG + " (global filter tag)", BoardFilter.OPEN.withTag(Optional.of(GLOBAL_TAG)));
        filters.put("priority high+highest",
                BoardFilter.OPEN.withPriorities(Set.of(Priority.HIGH, Priority.HIGHEST)));
        filters.put("due " + TODAY + " +30 days",
                BoardFilter.OPEN.withDue(Optional.of(TODAY), Optional.of(TODAY.plusDays(30))));
        filters.put("split " + Split.I_OWE.label(), BoardFilter.OPEN.withSplit(Split.I_OWE));
        filters.put("split " + Split.WAITING.label(), BoardFilter.OPEN.withSplit(Split.WAITING));
        filters.put("owner " + owner.label() + " (" + owner.count() + " open)",
                BoardFilter.OPEN.withOwners(Set.of(owner.key())));
        return filters;
    }

    /** The account or tag of the board's list that the most open tasks have: a filter a user would pick. */
    private static String mostUsed(List<String> choices, TaskBoard board, boolean accounts) {
        Map<String, Integer> counts = new HashMap<>();
        Board shownAll = board.arrange(BoardFilter.OPEN, Grouping.OWNER_FIRST, TODAY);
        shownAll.lanes().forEach(lane -> lane.groups().forEach(g -> g.cards().forEach(r -> {
            for (String v : accounts ? r.accounts() : r.task().tags()) {
                counts.merge(v.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        })));
        return choices.stream()
                .max(Comparator.<String>comparingInt(c -> counts.getOrDefault(c.toLowerCase(Locale.ROOT), 0))
                        .thenComparing(Comparator.<String>naturalOrder().reversed()))
                .orElseThrow();
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
