package io.vaultdesk.index;

import io.vaultdesk.vault.Priority;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A note's tasks in one value, its row of the tasks table, as its links are ({@link PackedLinks}). A row per task
 * made tasks a quarter of a full build's rows and about a fifth of its time (decision 7), and every query reads a
 * note's tasks or all of them: none looks one task up by a column. The tasks come back as the parser gave them.
 *
 * <p>Per task: line, symbol (a code point) and the priority's ordinal, a varint of flags (bits 0-5: which of due,
 * scheduled, start, created, done and cancelled are set; 6-8: recurrence, id, block id), then the owner run, each
 * set date as a zig-zag varint of its epoch day, description, heading, the set optional strings, and the tags and
 * depends-on ids as a count and strings. As with the links, the format has no version of its own: a change, or a new
 * order of {@link Priority}, bumps {@link Schema#VERSION} and the index is rebuilt.
 */
final class PackedTasks {
    private static final Priority[] PRIORITIES = Priority.values();
    private static final int DATES = 6;
    private static final int RECURRENCE = 1 << DATES;
    private static final int ID = RECURRENCE << 1;
    private static final int BLOCK_ID = ID << 1;
    private static final int[] OPTIONAL_STRINGS = {RECURRENCE, ID, BLOCK_ID};

    private PackedTasks() {
    }

    static byte[] pack(List<TaskLine> tasks) {
        PackedOut out = new PackedOut(16 + tasks.size() * 80);
        out.varint(tasks.size());
        List<Optional<LocalDate>> dates = new ArrayList<>(DATES);
        for (TaskLine t : tasks) {
            out.varint(t.line());
            out.varint(t.symbol());
            out.oneByte(t.priority().ordinal());
            dates.clear();
            dates.add(t.due());
            dates.add(t.scheduled());
            dates.add(t.start());
            dates.add(t.created());
            dates.add(t.done());
            dates.add(t.cancelled());
            int flags = 0;
            for (int d = 0; d < DATES; d++) {
                flags |= dates.get(d).isPresent() ? 1 << d : 0;
            }
            flags |= t.recurrence().isPresent() ? RECURRENCE : 0;
            flags |= t.id().isPresent() ? ID : 0;
            flags |= t.blockId().isPresent() ? BLOCK_ID : 0;
            out.varint(flags);
            out.string(t.ownerRun());
            for (Optional<LocalDate> date : dates) {
                if (date.isPresent()) {
                    out.signedVarint(Math.toIntExact(date.get().toEpochDay()));
                }
            }
            out.string(t.description());
            out.string(t.heading());
            t.recurrence().ifPresent(out::string);
            t.id().ifPresent(out::string);
            t.blockId().ifPresent(out::string);
            strings(out, t.tags());
            strings(out, t.dependsOn());
        }
        return out.toBytes();
    }

    static List<TaskLine> unpack(byte[] data) {
        PackedIn in = new PackedIn(data);
        int count = in.varint();
        List<TaskLine> tasks = new ArrayList<>(count);
        List<Optional<LocalDate>> dates = new ArrayList<>(DATES);
        for (int k = 0; k < count; k++) {
            int line = in.varint();
            int symbol = in.varint();
            Priority priority = PRIORITIES[in.oneByte()];
            int flags = in.varint();
            String ownerRun = in.string();
            dates.clear();
            for (int d = 0; d < DATES; d++) {
                dates.add((flags & 1 << d) == 0 ? Optional.empty()
                        : Optional.of(LocalDate.ofEpochDay(in.signedVarint())));
            }
            String description = in.string();
            String heading = in.string();
            Optional<String> recurrence = optional(in, flags, RECURRENCE);
            Optional<String> id = optional(in, flags, ID);
            Optional<String> blockId = optional(in, flags, BLOCK_ID);
            List<String> tags = strings(in);
            List<String> dependsOn = strings(in);
            tasks.add(new TaskLine(line, symbol, description, ownerRun, dates.get(0), dates.get(1), dates.get(2),
                    dates.get(3), dates.get(4), dates.get(5), recurrence, priority, id, dependsOn, tags, blockId,
                    heading));
        }
        return tasks;
    }

    /**
     * The number of open tasks due before the day, read without making any task's strings: the meetings table asks
     * for it on every change of its filter.
     */
    static int openDueBefore(byte[] data, LocalDate day) {
        long before = day.toEpochDay();
        int[] count = {0};
        scan(data, false, (status, run, due) -> count[0] += status.isOpen() && due < before ? 1 : 0);
        return count[0];
    }

    /** The owner run of each task that has one (only the open ones if asked), without its other strings. */
    static void ownerRuns(byte[] data, boolean openOnly, Consumer<String> each) {
        scan(data, true, (status, run, due) -> {
            if (!run.isEmpty() && (status.isOpen() || !openOnly)) {
                each.accept(run);
            }
        });
    }

    /** What the counts read of a task. */
    @FunctionalInterface
    private interface Summary {
        /**
         * @param run the owner run, or null when not asked for
         * @param due the due date's epoch day, or {@link Long#MAX_VALUE} when it has none
         */
        void task(TaskStatus status, String run, long due);
    }

    /** Each task's status, due day and, if asked for, owner run; the other strings are skipped, not made. */
    private static void scan(byte[] data, boolean runs, Summary each) {
        PackedIn in = new PackedIn(data);
        for (int k = in.varint(); k > 0; k--) {
            in.varint();
            TaskStatus status = TaskStatus.of(in.varint());
            in.oneByte();
            int flags = in.varint();
            String run = null;
            if (runs) {
                run = in.string();
            } else {
                in.skipString();
            }
            long due = Long.MAX_VALUE;
            for (int d = 0; d < DATES; d++) {
                if ((flags & 1 << d) != 0) {
                    int epochDay = in.signedVarint();
                    due = d == 0 ? epochDay : due;
                }
            }
            skipStrings(in, flags);
            each.task(status, run, due);
        }
    }

    /** Past a task's dates: its description, heading, optional strings, tags and depends-on ids. */
    private static void skipStrings(PackedIn in, int flags) {
        in.skipString();
        in.skipString();
        for (int bit : OPTIONAL_STRINGS) {
            if ((flags & bit) != 0) {
                in.skipString();
            }
        }
        for (int list = 0; list < 2; list++) {
            for (int n = in.varint(); n > 0; n--) {
                in.skipString();
            }
        }
    }

    private static void strings(PackedOut out, List<String> values) {
        out.varint(values.size());
        for (String v : values) {
            out.string(v);
        }
    }

    private static List<String> strings(PackedIn in) {
        int n = in.varint();
        if (n == 0) {
            return List.of();
        }
        List<String> values = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            values.add(in.string());
        }
        return values;
    }

    private static Optional<String> optional(PackedIn in, int flags, int bit) {
        return (flags & bit) == 0 ? Optional.empty() : Optional.of(in.string());
    }
}
