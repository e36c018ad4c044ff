package io.vaultdesk.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/** Generates a vault for benchmarks: {@code VaultGeneratorMain DIR NOTES [SEED]}, then prints what to expect. */
public final class VaultGeneratorMain {
    private static final long DEFAULT_SEED = 42;
    private static final int TOP_ENTRIES = 5;

    private VaultGeneratorMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: VaultGeneratorMain DIR NOTES [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int notes = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;

        long started = System.nanoTime();
        GeneratedVault vault = new VaultGenerator(seed).generate(dir, notes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        print(System.out, vault, seed, millis);
    }

    private static void print(PrintStream out, GeneratedVault vault, long seed, long millis) {
        Expected expected = vault.expected();
        out.printf("vault            %s (seed %d, %d ms)%n", vault.root(), seed, millis);
        out.printf("notes            %d%n", expected.notes());
        out.printf("tasks            %d total, %d open, %d done, %d cancelled%n", expected.tasksTotal(),
                expected.tasksOpen(), expected.tasksDone(), expected.tasksCancelled());
        out.printf("meetings         %d, for %d accounts%n", expected.meetings(),
                expected.meetingsByAccount().size());
        out.printf("open by priority %s%n", expected.priorityOpen());
        out.printf("open owners      %d; top: %s%n", expected.openByOwner().size(), top(expected.openByOwner()));
        out.printf("open due dates   %d distinct days%n", expected.dueByDateOpen().size());
        out.printf("link targets     %d; top: %s%n", expected.backlinkSources().size(),
                top(expected.backlinkSources()));
        out.printf("unresolved       %d%n", expected.unresolved().size());
        out.printf("damaged          %d; first: %s%n", expected.damagedPaths().size(),
                expected.damagedPaths().stream().limit(TOP_ENTRIES).toList());
    }

    private static String top(SortedMap<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTRIES)
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .toList()
                .toString();
    }
}
