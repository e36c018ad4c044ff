package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTasksTest {

    /** A priority is stored by its position: another order needs a new {@link Schema#VERSION}, and then this test. */
    @Test
    void prioritiesKeepTheOrderIndexesWereWrittenWith() {
        assertEquals(List.of("HIGHEST", "HIGH", "MEDIUM", "NONE", "LOW", "LOWEST"),
                Arrays.stream(Priority.values()).map(Enum::name).toList());
    }

    @Test
    void anEmptyListPacksAndUnpacks() {
        assertEquals(List.of(), PackedTasks.unpack(PackedTasks.pack(List.of())));
    }

    @Test
    void everyFieldComesBackAsWritten() {
        List<TaskLine> tasks = List.of(
                new TaskLine(12, 'x', "Reach out to X", "Kanchan Mehrotra", date("2025-11-08"),
                        date("2025-11-01"), date("2025-10-30"), date("2025-10-01"), date("2025-11-07"),
                        Optional.empty(), Optional.of("every week on Monday"), Priority.HIGH, Optional.of("abc123"),
                        List.of("dep1", "dep2"), List.of("task", "acme/q4"), Optional.of("block-1"),
                        "Action Items"),
                new TaskLine(1, ' ', "", "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Priority.NONE, Optional.empty(),
                        List.of(), List.of(), Optional.empty(), ""),
                new TaskLine(Integer.MAX_VALUE, 0x1F4C5, "Über café ’quoted’ ⏫ 📅", "Zoë Ünal", date("0001-01-01"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), date("9999-12-31"),
                        Optional.of(""), Priority.LOWEST, Optional.of(""), List.of(""), List.of("ünïcode"),
                        Optional.empty(), "x".repeat(70_000)));
        assertEquals(tasks, PackedTasks.unpack(PackedTasks.pack(tasks)));
        assertLeanReadsAgree(tasks, PackedTasks.pack(tasks));
        assertEquals(1, PackedTasks.openDueBefore(PackedTasks.pack(tasks), LocalDate.of(2026, 1, 1)),
                "the third task: open (a symbol Tasks does not know), due 0001-01-01; the first is done");
    }

    /** Numbers around each varint boundary, dates before and after 1970, characters of one to four UTF-8 bytes. */
    @Test
    void randomTasksRoundTrip() {
        Random random = new Random(7);
        int[] edges = {0, 1, 126, 127, 128, 129, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE};
        for (int round = 0; round < 200; round++) {
            List<TaskLine> tasks = new ArrayList<>();
            for (int k = random.nextInt(20); k > 0; k--) {
                tasks.add(new TaskLine(edges[random.nextInt(edges.length)], "x -/>📅".codePointAt(random.nextInt(6)),
                        RandomText.of(random), RandomText.of(random), maybeDate(random), maybeDate(random),
                        maybeDate(random), maybeDate(random), maybeDate(random), maybeDate(random),
                        maybeText(random), Priority.values()[random.nextInt(Priority.values().length)],
                        maybeText(random), texts(random), texts(random),
                        maybeText(random), RandomText.of(random)));
            }
            byte[] packed = PackedTasks.pack(tasks);
            assertEquals(tasks, PackedTasks.unpack(packed));
            assertLeanReadsAgree(tasks, packed);
        }
    }

    /** The counts' readers skip what they do not need: they must land on every task as the full read does. */
    private static void assertLeanReadsAgree(List<TaskLine> tasks, byte[] packed) {
        for (LocalDate day : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2025, 11, 8), LocalDate.MAX.minusDays(1),
                LocalDate.of(-1000, 1, 1))) {
            assertEquals(tasks.stream().filter(t -> t.status().isOpen() && t.due().filter(day::isAfter).isPresent())
                    .count(), PackedTasks.openDueBefore(packed, day), "overdue before " + day);
        }
        List<String> runs = new ArrayList<>();
        PackedTasks.ownerRuns(packed, true, runs::add);
        assertEquals(tasks.stream().filter(t -> t.status().isOpen() && !t.ownerRun().isEmpty())
                .map(TaskLine::ownerRun).toList(), runs);
        runs.clear();
        PackedTasks.ownerRuns(packed, false, runs::add);
        assertEquals(tasks.stream().map(TaskLine::ownerRun).filter(r -> !r.isEmpty()).toList(), runs);
    }

    /** The sample note's tasks, mojibake repaired by the parser, as the index keeps them. */
    @Test
    void theSampleNotesTasksRoundTrip() throws Exception {
        Path sample = Path.of("src/test/resources/fixtures/sample-meeting.md");
        List<TaskLine> tasks = new NoteParser().parse(sample.toString(), Files.readAllBytes(sample)).tasks();
        assertEquals(false, tasks.isEmpty());
        assertEquals(tasks, PackedTasks.unpack(PackedTasks.pack(tasks)));
    }

    private static Optional<LocalDate> date(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    private static Optional<LocalDate> maybeDate(Random random) {
        return random.nextBoolean() ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(random.nextInt(2 * 3_000_000) - 700_000L));
    }

    private static Optional<String> maybeText(Random random) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(RandomText.of(random));
    }

    private static List<String> texts(Random random) {
        List<String> out = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            out.add(RandomText.of(random));
        }
        return out;
    }
}
