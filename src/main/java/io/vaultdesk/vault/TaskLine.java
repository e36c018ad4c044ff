package io.vaultdesk.vault;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action item, as written on one line of a note.
 *
 * @param line        1-based line number in the file
 * @param symbol      the character between the brackets (a code point)
 * @param description the text with the fields and trailing tags taken off
 * @param ownerRun    the text after {@code @}, up to the next signifier, tag or the end; empty when none
 * @param heading     the heading the task sits under; empty above the first heading
 * @param tags        every tag on the line, without '#'
 */
public record TaskLine(
        int line,
        int symbol,
        String description,
        String ownerRun,
        Optional<LocalDate> due,
        Optional<LocalDate> scheduled,
        Optional<LocalDate> start,
        Optional<LocalDate> created,
        Optional<LocalDate> done,
        Optional<LocalDate> cancelled,
        Optional<String> recurrence,
        Priority priority,
        Optional<String> id,
        List<String> dependsOn,
        List<String> tags,
        Optional<String> blockId,
        String heading) {

    public TaskLine {
        dependsOn = List.copyOf(dependsOn);
        tags = List.copyOf(tags);
    }

    public TaskStatus status() {
        return TaskStatus.of(symbol);
    }

    public TaskLine withHeading(String newHeading) {
        return new TaskLine(line, symbol, description, ownerRun, due, scheduled, start, created, done, cancelled,
                recurrence, priority, id, dependsOn, tags, blockId, newHeading);
    }
}
