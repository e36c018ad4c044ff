package io.vaultdesk.vault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a note, flattened for the index: each key maps to its values as strings
 * (a scalar gives one value, a list one per element, null none).
 *
 * @param endLine the 1-based line of the closing {@code ---}; 0 when the note has no frontmatter block
 * @param problem why the block was not read, when it was there but invalid
 */
public record Frontmatter(Map<String, List<String>> values, int endLine, Optional<String> problem) {
    public static final Frontmatter NONE = new Frontmatter(Map.of(), 0, Optional.empty());

    public Frontmatter {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isValid() {
        return problem.isEmpty();
    }

    public List<String> get(String key) {
        return values.getOrDefault(key, List.of());
    }

    public Optional<String> first(String key) {
        return get(key).stream().filter(v -> !v.isBlank()).findFirst();
    }
}
