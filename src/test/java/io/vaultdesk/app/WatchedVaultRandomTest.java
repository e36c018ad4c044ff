package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.fail;

import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.VaultReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long random sequences of what editors, sync tools and git do to a vault, applied while it is watched. Once the
 * vault is quiet, the watched index must report exactly what a fresh full build of the same folder reports.
 * A failing seed is in the message; rerun it by putting it in the list.
 */
class WatchedVaultRandomTest {
    private static final int OPERATIONS = 150;
    private static final long CONVERGE_MILLIS = 20_000;
    private static final String[] FOLDERS = {"", "Meetings", "Meetings/2025", "People", "Projects", "Archive"};
    private static final String[] NAMES = {"Ann Lee", "Bo Chen", "Acme", "Apollo", "Standup", "Review", "Plan",
            "Kickoff", "Retro", "Budget"};

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 37})
    void watchedIndexEqualsAFreshBuild(long seed) throws Exception {
        Random random = new Random(seed);
        Path vault = Files.createDirectories(tmp.resolve("vault"));
        for (int i = 0; i < 20; i++) {
            createNote(vault, random);
        }
        try (LogLines fallbacks = LogLines.fallbackRescans();
             VaultSession watched = VaultSession.open(vault, tmp.resolve("watched-index"))) {
            watched.sync(IndexProgress.NONE);
            watched.watch(changes -> { });
            List<String> log = new ArrayList<>();
            for (int i = 0; i < OPERATIONS; i++) {
                log.add(step(vault, random));
                if (random.nextInt(4) == 0) {
                    Thread.sleep(random.nextInt(30));
                }
            }
            VaultReport expected;
            try (VaultSession fresh = VaultSession.open(vault, tmp.resolve("fresh-index-" + seed))) {
                fresh.sync(IndexProgress.NONE);
                expected = fresh.report();
            }
            long deadline = System.currentTimeMillis() + CONVERGE_MILLIS;
            VaultReport actual = watched.report();
            while (!actual.equals(expected) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                actual = watched.report();
            }
            if (!actual.equals(expected)) {
                fail("seed " + seed + ": the watched index differs from a fresh build\nexpected " + expected
                        + "\nactual   " + actual + "\nlast operations: "
                        + log.subList(Math.max(0, log.size() - 15), log.size()));
            }
            if (!fallbacks.seen.isEmpty()) {
                fail("seed " + seed + ": right only thanks to fallback rescans: " + fallbacks.seen);
            }
        }
    }

    private static String step(Path vault, Random random) throws IOException {
        List<Path> notes = notes(vault);
        int op = notes.isEmpty() ? 0 : random.nextInt(10);
        Path note = notes.isEmpty() ? null : notes.get(random.nextInt(notes.size()));
        switch (op) {
            case 0 -> {
                return "create " + createNote(vault, random);
            }
            case 1 -> Files.writeString(note, body(random));
            case 2 -> Files.writeString(note, Files.readString(note) + "\n- [ ] appended @Bo Chen 📅 2025-03-0"
                    + (1 + random.nextInt(9)) + "\n");
            case 3 -> Files.writeString(note, Files.readString(note).replaceFirst("- \\[ \\]", "- [x]"));
            case 4 -> Files.delete(note);
            case 5 -> {
                Path renamed = note.resolveSibling(fileName(random));
                if (!Files.exists(renamed)) {
                    Files.move(note, renamed);
                }
            }
            case 6 -> {
                Path folder = Files.createDirectories(vault.resolve(FOLDERS[random.nextInt(FOLDERS.length)]));
                Path target = folder.resolve(note.getFileName());
                if (!Files.exists(target)) {
                    Files.move(note, target);
                }
            }
            case 7 -> {
                Path temp = note.resolveSibling("." + note.getFileName() + ".tmp");
                Files.writeString(temp, body(random));
                Files.move(temp, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            case 8 -> {
                Path folder = note.getParent();
                if (!folder.equals(vault)) {
                    Path renamed = folder.resolveSibling(folder.getFileName() + "-" + random.nextInt(100));
                    if (!Files.exists(renamed)) {
                        Files.move(folder, renamed);
                    }
                }
            }
            default -> {
                Path staging = Files.createDirectories(vault.getParent().resolve("staging-" + random.nextLong()));
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    Path file = staging.resolve(fileName(random));
                    if (!Files.exists(file)) {
                        Files.writeString(file, body(random));
                    }
                }
                Path target = vault.resolve("Batch " + random.nextInt(1_000_000));
                Files.move(staging, target);
            }
        }
        return op + " " + (note == null ? "" : vault.relativize(note));
    }

    private static String createNote(Path vault, Random random) throws IOException {
        Path folder = Files.createDirectories(vault.resolve(FOLDERS[random.nextInt(FOLDERS.length)]));
        Path file = folder.resolve(fileName(random));
        if (!Files.exists(file)) {
            Files.writeString(file, body(random));
        }
        return vault.relativize(file).toString();
    }

    private static String body(Random random) {
        StringBuilder b = new StringBuilder("---\ntype: meeting\ndate: 2025-02-0" + (1 + random.nextInt(9))
                + "\nparticipants: [Ann Lee]\naccount: \"[[" + name(random) + "]]\"\n---\n## Action Items\n");
        for (int i = 0; i < random.nextInt(5); i++) {
            b.append("- [").append(random.nextBoolean() ? ' ' : 'x').append("] Task ").append(i)
                    .append(" @").append(random.nextBoolean() ? "Myself" : "Ann Lee")
                    .append(" 📅 2025-02-1").append(random.nextInt(10)).append(" ⏫\n");
        }
        b.append("[[").append(name(random)).append("]] [[").append(name(random)).append("|x]] [[Meetings/")
                .append(name(random)).append("]]\n");
        return b.toString();
    }

    /** Mostly a name that links point to, so links resolve, move and break as notes come and go. */
    private static String fileName(Random random) {
        return name(random) + (random.nextInt(4) == 0 ? " " + random.nextInt(100) : "") + ".md";
    }

    private static String name(Random random) {
        return NAMES[random.nextInt(NAMES.length)];
    }

    private static List<Path> notes(Path vault) throws IOException {
        try (Stream<Path> walk = Files.walk(vault)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
