package io.vaultdesk.bench;

import io.vaultdesk.app.VaultSession;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.testing.VaultGenerator;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints the figures issue 3 asks for: notes per second for a full index of generated vaults, built in this JVM
 * and by {@code java -jar target/vaultdesk.jar report} in a new one (a user's first opening of a vault: JVM start,
 * compiling, and the options it runs itself again with, decision 15), and the wall time of that report on an
 * unchanged 10,000-note vault.
 * Run with {@code bench/index-benchmark.sh}; arguments: work folder, then vault sizes (default 10000 100000).
 */
public final class IndexBenchmark {
    /** A first build also pays for compiling the code (20 s of C2 on 100,000 notes), so it is shown apart. */
    private static final int FULL_BUILD_RUNS = Integer.getInteger("bench.runs", 5);
    private static final int REPORT_RUNS = 7;
    private static final int NEW_REPORT_RUNS = Integer.getInteger("bench.newReportRuns", 3);

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            Path vault = work.resolve("vault-" + size);
            if (!Files.isDirectory(vault)) {
                new VaultGenerator(42).generate(vault, size);
            }
            fullBuild(work, vault, size);
        }
        for (int size : sizes) {
            reportOnNewVault(work, work.resolve("vault-" + size), size);
        }
        Path ten = work.resolve("vault-" + 10_000);
        if (Files.isDirectory(ten)) {
            reportOnUnchangedVault(work, ten);
        }
    }

    private static void fullBuild(Path work, Path vault, int size) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < FULL_BUILD_RUNS; run++) {
            Path index = work.resolve("index-full-" + size);
            deleteTree(index);
            try (VaultSession session = VaultSession.open(vault, index)) {
                ThreadSampler threads = ThreadSampler.start();
                Cost before = Cost.now();
                SyncStats s = session.sync(IndexProgress.NONE);
                Cost cost = Cost.now().minus(before);
                threads.stopAndPrint();
                double took = s.millis() / 1000.0;
                seconds.add(took);
                System.out.printf(Locale.ROOT, "full index, %,d files (%,d notes parsed): %.2f s, %,.0f notes/s;"
                                + " CPU %.1f s (writer thread %.1f s, GC pauses %.1f s, JIT %.1f s)%n", s.files(), s.parsed(),
                        took, s.parsed() / took, cost.cpuSeconds(), cost.writerSeconds(), cost.gcSeconds(),
                        cost.jitSeconds());
            }
        }
        // the first size's first build is the JVM's; later sizes' first builds find much of the code compiled
        System.out.printf(Locale.ROOT, "full index of %,d notes: first build %.2f s (%,.0f notes/s)", size,
                seconds.get(0), size / seconds.get(0));
        List<Double> warm = new ArrayList<>(seconds.subList(1, seconds.size()));
        if (!warm.isEmpty()) {
            warm.sort(Comparator.naturalOrder());
            double median = warm.get(warm.size() / 2);
            System.out.printf(Locale.ROOT, "; then median %.2f s (%,.0f notes/s), min %.2f s, max %.2f s over %d runs",
                    median, size / median, warm.get(0), warm.get(warm.size() - 1), warm.size());
        }
        System.out.println();
    }

    /**
     * What a build cost the whole process: CPU of every thread (the pool, H2's writer threads, GC, JIT), the time
     * collections took (pauses and concurrent work as the collectors count it) and the JIT compilers' time. The
     * writer is this thread (the sync runs on it): its CPU is the floor under a build's wall time.
     */
    private record Cost(double cpuSeconds, double writerSeconds, double gcSeconds, double jitSeconds) {
        static Cost now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new Cost(os.getProcessCpuTime() / 1e9,
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, gc / 1e3,
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3);
        }

        Cost minus(Cost o) {
            return new Cost(cpuSeconds - o.cpuSeconds, writerSeconds - o.writerSeconds, gcSeconds - o.gcSeconds,
                    jitSeconds - o.jitSeconds);
        }
    }

    /**
     * CPU seconds and bytes allocated per thread name during a build, when {@code -Dbench.threads=true}: the
     * parsing pool's threads end with the build, so they are sampled while they run (every 50 ms; the last slice of
     * each is missed).
     */
    private static final class ThreadSampler {
        private final java.util.Map<Long, Long> start = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> last = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> startBytes = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> lastBytes = new java.util.HashMap<>();
        private final java.util.Map<Long, String> names = new java.util.HashMap<>();
        private volatile boolean running = true;
        private Thread sampler;

        static ThreadSampler start() {
            ThreadSampler t = new ThreadSampler();
            if (Boolean.getBoolean("bench.threads")) {
                t.sample(true);
                t.sampler = new Thread(() -> {
                    while (t.running) {
                        t.sample(false);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "bench-sampler");
                t.sampler.setDaemon(true);
                t.sampler.start();
            }
            return t;
        }

        private synchronized void sample(boolean first) {
            var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            for (long id : mx.getAllThreadIds()) {
                long cpu = mx.getThreadCpuTime(id);
                long bytes = mx.getThreadAllocatedBytes(id);
                var info = mx.getThreadInfo(id);
                if (cpu < 0 || bytes < 0 || info == null) {
                    continue;
                }
                if (first) {
                    start.put(id, cpu);
                    startBytes.put(id, bytes);
                }
                start.putIfAbsent(id, 0L);
                startBytes.putIfAbsent(id, 0L);
                last.put(id, cpu);
                lastBytes.put(id, bytes);
                names.put(id, info.getThreadName().replaceAll(" /.*$", "").replaceAll("[-#]?[0-9]+$", ""));
            }
        }

        void stopAndPrint() throws InterruptedException {
            if (sampler == null) {
                return;
            }
            running = false;
            sampler.join();
            sample(false);
            printByName("  thread CPU (s):", last, start, 1e9, "%.1f");
            // What a build allocates varies far less than CPU time with what else the machine is doing.
            printByName("  thread allocation (GB):", lastBytes, startBytes, 1e9, "%.2f");
        }

        /** One figure per thread name: the threads of a pool share a name, so theirs are summed. */
        private void printByName(String title, java.util.Map<Long, Long> end, java.util.Map<Long, Long> begin,
                                 double unit, String format) {
            java.util.Map<String, Double> byName = new java.util.TreeMap<>();
            end.forEach((id, v) -> byName.merge(names.get(id), (v - begin.get(id)) / unit, Double::sum));
            byName.entrySet().removeIf(e -> e.getValue() < 0.05);
            StringBuilder out = new StringBuilder(title);
            byName.forEach((n, v) -> out.append(String.format(Locale.ROOT, " %s " + format + ";", n, v)));
            System.out.println(out);
        }
    }

    private static void reportOnNewVault(Path work, Path vault, int size) throws Exception {
        Path index = work.resolve("index-new-report");
        List<Double> seconds = timedRuns(report(index, vault), NEW_REPORT_RUNS, () -> deleteTree(index));
        deleteTree(index);
        if (seconds.isEmpty()) {
            return; // -Dbench.newReportRuns=0
        }
        double median = seconds.get(seconds.size() / 2);
        System.out.printf(Locale.ROOT, "report on a new %,d-note vault (java -jar, the index built from scratch, JVM"
                        + " start included): median %.2f s (%,.0f notes/s), min %.2f s, max %.2f s over %d runs%n",
                size, median, size / median, seconds.get(0), seconds.get(seconds.size() - 1), seconds.size());
    }

    private static List<String> report(Path index, Path vault) {
        Path jar = Path.of("target/vaultdesk.jar").toAbsolutePath();
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "report", "--index-dir", index.toString(), vault.toString());
    }

    private static void reportOnUnchangedVault(Path work, Path vault) throws Exception {
        List<String> command = report(work.resolve("index-report"), vault);
        run(command); // brings the index up to date: what is measured is the unchanged case
        List<Double> seconds = timedRuns(command, REPORT_RUNS, () -> { });
        System.out.printf(Locale.ROOT, "report on an unchanged 10,000-note vault (JVM start included): median %.0f ms,"
                + " min %.0f ms, max %.0f ms over %d runs%n", seconds.get(seconds.size() / 2) * 1e3,
                seconds.get(0) * 1e3, seconds.get(seconds.size() - 1) * 1e3, seconds.size());
    }

    /** The command's wall times in seconds, sorted; {@code before} runs ahead of each, untimed. */
    private static List<Double> timedRuns(List<String> command, int runs, Step before) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            run(command);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(Comparator.naturalOrder());
        return seconds;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("report failed: " + command);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
