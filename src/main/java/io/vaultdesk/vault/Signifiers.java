package io.vaultdesk.vault;

import java.util.List;

/** The emoji that Obsidian Tasks uses to mark a task's fields, with the alternatives it also accepts. */
final class Signifiers {
    static final List<String> DUE_ALTERNATIVES = List.of("📅", "📆", "🗓");
    static final List<String> SCHEDULED = List.of("⏳", "⌛");
    static final String START = "🛫";
    static final String CREATED = "➕";
    static final String DONE = "✅";
    static final String CANCELLED = "❌";
    static final String RECURRENCE = "🔁";
    static final String ID = "🆔";
    static final String DEPENDS_ON = "⛔";
    static final String HIGHEST = "🔺";
    static final String HIGH = "⏫";
    static final String MEDIUM = "🔼";
    static final String LOW = "🔽";
    static final String LOWEST = "⏬";

    /** Every signifier, for finding where free text such as an owner's name stops. */
    static final List<String> ALL = List.of(
            "📅", "📆", "🗓", "⏳", "⌛", START, CREATED, DONE, CANCELLED, RECURRENCE, ID, DEPENDS_ON,
            HIGHEST, HIGH, MEDIUM, LOW, LOWEST);

    private Signifiers() {
    }

    /** Index of the first signifier in {@code text} at or after {@code from}, or -1. */
    static int indexOfAny(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every signifier starts with a surrogate or a char in the U+2300..U+27FF block.
            if (Character.isHighSurrogate(c) || (c >= '\u2300' && c <= '\u27FF')) {
                for (String s : ALL) {
                    if (text.startsWith(s, i)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
