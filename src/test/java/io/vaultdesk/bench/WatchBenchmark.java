package io.vaultdesk.bench;

import io.vaultdesk.app.VaultSession;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.SyncStats;
import io.vaultdesk.testing.VaultGenerator;
import io.vaultdesk.watch.AppliedChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the figures issue 4 asks for on a generated 10,000-note vault: the latency from a file's write to the
 * change being in the index (median and p95 over 200 edits, one at a time, as a person types and saves), and the
 * time to bring the index up to date after 1,000 files changed while the app was closed.
 * Run with {@code bench/watch-benchmark.sh}.
 */
public final class WatchBenchmark {
    private static final int EDITS = 200;
    private static final int CHANGES_WHILE_CLOSED = 1_000;

    private WatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path vault = work.resolve("vault-watch-" + size);
        if (!Files.isDirectory(vault)) {
            new VaultGenerator(7).generate(vault, size);
        }
        Path index = work.resolve("index-watch-" + size);
        List<Path> notes = notes(vault);
        Random random = new Random(1);
        Map<String, Long> appliedAt = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        try (VaultSession session = VaultSession.open(vault, index)) {
            session.sync(IndexProgress.NONE);
            session.watch(changes -> {
                long now = System.nanoTime();
                for (AppliedChange c : changes) {
                    appliedAt.put(c.change().path(), now);
                }
            });
            for (int i = 0; i < EDITS; i++) {
                Path note = notes.get(random.nextInt(notes.size()));
                String path = vault.relativize(note).toString().replace('\\', '/');
                appliedAt.remove(path);
                long start = System.nanoTime();
                Files.writeString(note, "\n- [ ] benchmark edit " + i + " @Myself\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                long deadline = start + TimeUnit.SECONDS.toNanos(10);
                while (!appliedAt.containsKey(path) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                Long applied = appliedAt.get(path);
                if (applied == null) {
                    throw new IllegalStateException("edit " + i + " of " + path + " never reached the index");
                }
                latencies.add((applied - start) / 1_000_000);
                Thread.sleep(20);
            }
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "write to index on a %,d-note vault, %d edits: median %d ms, p95 %d ms, "
                        + "max %d ms%n", size, EDITS, latencies.get(EDITS / 2), latencies.get(EDITS * 95 / 100),
                latencies.get(EDITS - 1));

        changeWhileClosed(vault, notes, random);
        try (VaultSession session = VaultSession.open(vault, index)) {
            long start = System.nanoTime();
            SyncStats s = session.sync(IndexProgress.NONE);
            System.out.printf(Locale.ROOT, "catch-up after %,d changes while closed (%d parsed, %d removed): %d ms "
                            + "(open to up to date: %d ms)%n", CHANGES_WHILE_CLOSED, s.parsed(), s.removed(),
                    s.millis(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** 800 edits, 100 new notes, 100 deletions. */
    private static void changeWhileClosed(Path vault, List<Path> notes, Random random) throws Exception {
        List<Path> shuffled = new ArrayList<>(notes);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < CHANGES_WHILE_CLOSED; i++) {
            Path note = shuffled.get(i);
            if (i < 800) {
                Files.writeString(note, "\n- [x] closed-time edit " + i + "\n", StandardOpenOption.APPEND);
            } else if (i < 900) {
                Files.writeString(vault.resolve("Closed-time note " + i + ".md"), "- [ ] new " + i + " [[Myself]]");
            } else {
                Files.delete(note);
            }
        }
    }

    private static List<Path> notes(Path vault) throws Exception {
        try (Stream<Path> walk = Files.walk(vault)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !vault.relativize(p).toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
