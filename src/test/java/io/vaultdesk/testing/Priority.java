package io.vaultdesk.testing;

import java.util.Optional;

/** Obsidian Tasks priorities, with the emoji that marks each and the key the oracle reports it under. */
enum Priority {
    HIGHEST("🔺", "highest"),
    HIGH("⏫", "high"),
    MEDIUM("🔼", "medium"),
    NONE("", "none"),
    LOW("🔽", "low"),
    LOWEST("⏬", "lowest");

    private final String emoji;
    private final String key;

    Priority(String emoji, String key) {
        this.emoji = emoji;
        this.key = key;
    }

    Optional<String> emoji() {
        return emoji.isEmpty() ? Optional.empty() : Optional.of(emoji);
    }

    String key() {
        return key;
    }
}
