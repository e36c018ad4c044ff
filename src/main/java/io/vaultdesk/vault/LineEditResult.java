package io.vaultdesk.vault;

import java.util.List;
import java.util.Optional;

/**
 * What a task line becomes: the edited line and, when completing a recurring task, the new occurrence, which goes
 * on the line above it (Obsidian Tasks' default order).
 */
public record LineEditResult(String edited, Optional<String> nextOccurrence) {
    public static LineEditResult of(String edited) {
        return new LineEditResult(edited, Optional.empty());
    }

    /** The lines that replace the original one, in file order. */
    public List<String> lines() {
        return nextOccurrence.map(next -> List.of(next, edited)).orElse(List.of(edited));
    }
}
