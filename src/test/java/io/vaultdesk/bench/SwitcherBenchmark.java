package io.vaultdesk.bench;

import io.vaultdesk.app.FuzzyMatcher;
import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.QuickSwitcher;
import io.vaultdesk.app.SearchHit;
import io.vaultdesk.app.SwitcherHit;
import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.testing.VaultGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prints the figures the issue "instant on 100,000 notes" asks for: the quick switcher's latency
 * ({@code QuickSwitcher.find(catalog, q, 50)}) for queries typed letter by letter, by query length, and full-text
 * search ({@code Workspace.search(q, 200)}) for words, word pairs, phrases and a word no note has, median and p95
 * of each kind.
 * The vault and its index are kept under the work folder.
 * Run with {@code bench/switcher-benchmark.sh}; arguments: work folder, vault size (default 100000).
 */
public final class SwitcherBenchmark {
    private static final int LIMIT = 50;
    private static final int SEARCH_LIMIT = 200; // as the palettes ask
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final int SEARCH_ROUNDS = Integer.getInteger("bench.searchRounds", 7);
    /** What a user types, letter by letter: a person, an account, a date, an abbreviation, nothing that exists. */
    private static final List<String> TYPED = List.of("dani wal", "northwin", "2025-03-", "qbr demo", "zqxj vwk");

    private SwitcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path vault = work.resolve("vault-" + size);
        if (!Files.isDirectory(vault)) {
            new VaultGenerator(42).generate(vault, size);
        }
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB, load average: %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long opening = System.nanoTime();
        try (OpenWorkspace w = OpenWorkspace.open(vault, Optional.of(work.resolve("index-switcher-" + size)),
                work.resolve("backups"), IndexProgress.NONE)) {
            VaultCatalog catalog = w.catalog();
            System.out.printf(Locale.ROOT, "opened %,d notes (sync, catalog, watch) in %,d ms%n",
                    catalog.notes().size(), (System.nanoTime() - opening) / 1_000_000);
            switcher(catalog);
            search(w);
        }
    }

    private static void switcher(VaultCatalog catalog) {
        for (int warm = 0; warm < 3; warm++) {
            for (String typed : TYPED) {
                for (int n = 1; n <= typed.length(); n++) {
                    QuickSwitcher.find(catalog, typed.substring(0, n), LIMIT);
                }
            }
        }
        Map<Integer, List<Double>> byLength = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String typed : TYPED) {
                for (int n = 1; n <= typed.length(); n++) {
                    long start = System.nanoTime();
                    QuickSwitcher.find(catalog, typed.substring(0, n), LIMIT);
                    byLength.computeIfAbsent(n, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "quick switcher on %,d notes, typed %s, %d rounds after 3 warm-up rounds:%n",
                catalog.notes().size(), TYPED, ROUNDS);
        List<Double> all = new ArrayList<>();
        byLength.forEach((n, ms) -> {
            all.addAll(ms);
            System.out.printf(Locale.ROOT, "  %d letter%s: median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%d calls)%n",
                    n, n == 1 ? " " : "s", pct(ms, 50), pct(ms, 95), pct(ms, 100), ms.size());
        });
        System.out.printf(Locale.ROOT, "  all:       median %6.1f ms, p95 %6.1f ms%n", pct(all, 50), pct(all, 95));
        for (String typed : TYPED) {
            List<SwitcherHit> hits = QuickSwitcher.find(catalog, typed, LIMIT);
            System.out.printf(Locale.ROOT, "  \"%s\" -> %d hits, first: %s%n", typed, hits.size(),
                    hits.isEmpty() ? "-" : hits.get(0).note().path());
        }
    }

    /**
     * Each query is asked once: H2 reuses the result of a statement asked again with the same parameters while the
     * table is unchanged, so repeating one query would time that cache, not a search as a user types it.
     */
    private static void search(OpenWorkspace w) throws Exception {
        List<String> accounts = List.of("northwind", "contoso", "fabrikam", "tailspin", "woodgrove", "litware",
                "adatum", "proseware", "lucerne", "wingtip");
        List<String> pairs = List.of("disaster recovery", "demo prep", "team roadmap", "pipeline review",
                "security review", "cost model", "hiring plan", "data migration", "exec sync", "support handoff");
        Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("one word (an account)", accounts);
        kinds.put("two words", pairs);
        kinds.put("a \"phrase\"", pairs.stream().map(p -> '"' + p + '"').toList());
        kinds.put("no match (full scan)", java.util.stream.IntStream.range(0, 10).mapToObj(i -> "zyzzyva" + i)
                .toList());
        for (String warm : List.of("roadmap", "budget", "kickoff notes", "\"next steps\"", "qwertyuiop")) {
            w.search(warm, SEARCH_LIMIT);
        }
        System.out.printf(Locale.ROOT, "full-text search (Workspace.search, limit %d), each query once after 5 "
                + "warm-up queries:%n", SEARCH_LIMIT);
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<Double> ms = new ArrayList<>();
            List<Integer> hits = new ArrayList<>();
            for (String q : kind.getValue()) {
                long start = System.nanoTime();
                List<SearchHit> found = w.search(q, SEARCH_LIMIT);
                ms.add((System.nanoTime() - start) / 1e6);
                hits.add(found.size());
            }
            int slowest = ms.indexOf(pct(ms, 100));
            System.out.printf(Locale.ROOT, "  %-22s median %7.1f ms, p95 %7.1f ms, min %7.1f ms over %d queries; "
                    + "slowest %s; hits %s%n", kind.getKey(), pct(ms, 50), pct(ms, 95), pct(ms, 0), ms.size(),
                    kind.getValue().get(slowest), hits);
        }
        String again = accounts.get(0);
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < SEARCH_ROUNDS; round++) {
            long start = System.nanoTime();
            w.search(again, SEARCH_LIMIT);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "  the same query again (%s, H2 reuses the result): median %.1f ms over %d%n",
                again, pct(ms, 50), ms.size());
    }

    private static double pct(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int i = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
