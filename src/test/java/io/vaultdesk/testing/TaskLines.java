package io.vaultdesk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes Obsidian Tasks lines: `[status] description @Owner` followed by the fields (dates, priority, tags) in a
 * random order among themselves. The owner always comes right after the description.
 */
final class TaskLines {
    private static final char[] OTHER_OPEN_STATUSES = {'>', '!', '?', '<', '*'};
    private static final String[] INDENTS = {"  ", "    ", "\t"};

    private final Random random;
    private final VaultPools pools;
    private final Prose prose;
    private final LocalDate today;

    TaskLines(Random random, VaultPools pools, Prose prose, LocalDate today) {
        this.random = random;
        this.pools = pools;
        this.prose = prose;
        this.today = today;
    }

    /**
     * Appends a task list to the note. Indented items only follow another item, so they nest rather than turn
     * into an indented code block.
     */
    void appendList(NoteDraft note, int count, LocalDate around) {
        for (int i = 0; i < count; i++) {
            String indent = i > 0 && random.nextInt(100) < 15 ? INDENTS[random.nextInt(INDENTS.length)] : "";
            note.line(indent + marker() + task(note, around, false));
        }
    }

    /** Appends one plain `- [ ]`-style item that always has a due date, as every task in the real sample does. */
    void appendDatedTask(NoteDraft note, LocalDate around) {
        note.line("- " + task(note, around, true));
    }

    /** Appends tasks inside a blockquote, which Obsidian Tasks still treats as tasks. */
    void appendQuoted(NoteDraft note, int count, LocalDate around) {
        for (int i = 0; i < count; i++) {
            note.line("> - " + task(note, around, false));
        }
    }

    private String marker() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return "- ";
        }
        return roll < 80 ? "* " : roll < 88 ? "+ " : "1. ";
    }

    private String task(NoteDraft note, LocalDate around, boolean alwaysDue) {
        char status = status();
        Optional<String> owner = random.nextInt(100) < 85 ? Optional.of(pools.owner()) : Optional.empty();
        Optional<LocalDate> due = alwaysDue || random.nextInt(100) < 80 ? Optional.of(dueDate(around))
                : Optional.empty();
        Priority priority = priority();
        TaskFact fact = new TaskFact(status, owner, due, priority);
        note.task(fact);

        StringBuilder line = new StringBuilder("[").append(status).append("] ").append(prose.taskDescription());
        owner.ifPresent(name -> line.append(" @").append(name));
        for (String field : fields(fact, around)) {
            line.append(' ').append(field);
        }
        return line.toString();
    }

    private List<String> fields(TaskFact fact, LocalDate around) {
        List<String> fields = new ArrayList<>();
        fact.due().ifPresent(due -> fields.add("📅 " + due));
        fact.priority().emoji().ifPresent(fields::add);
        if (random.nextInt(100) < 10) {
            fields.add("⏳ " + around.plusDays(random.nextInt(5)));
        }
        if (random.nextInt(100) < 8) {
            fields.add("🛫 " + around.plusDays(random.nextInt(3)));
        }
        if (random.nextInt(100) < 15) {
            fields.add("➕ " + around);
        }
        if (fact.isDone()) {
            fields.add("✅ " + around.plusDays(random.nextInt(20)));
        }
        if (fact.isCancelled()) {
            fields.add("❌ " + around.plusDays(random.nextInt(20)));
        }
        int tagRoll = random.nextInt(100);
        if (tagRoll < 90) {
            fields.add("#task");
        }
        if (tagRoll >= 80) {
            fields.add("#followup");
        }
        // Mostly the sample's order (due, priority, tags); the rest shuffled.
        if (random.nextInt(100) < 35) {
            Collections.shuffle(fields, random);
        }
        return fields;
    }

    private char status() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return ' ';
        }
        if (roll < 75) {
            return 'x';
        }
        if (roll < 78) {
            return 'X';
        }
        if (roll < 85) {
            return '-';
        }
        return roll < 93 ? '/' : OTHER_OPEN_STATUSES[random.nextInt(OTHER_OPEN_STATUSES.length)];
    }

    private LocalDate dueDate(LocalDate around) {
        // A few land exactly on "today" so today/overdue views have something to show.
        return random.nextInt(100) < 3 ? today : around.plusDays(random.nextInt(31));
    }

    private Priority priority() {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return Priority.HIGH;
        }
        if (roll < 60) {
            return Priority.NONE;
        }
        if (roll < 75) {
            return Priority.MEDIUM;
        }
        if (roll < 85) {
            return Priority.LOW;
        }
        return roll < 93 ? Priority.HIGHEST : Priority.LOWEST;
    }
}
