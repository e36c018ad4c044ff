package io.vaultdesk.testing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Hands out note names that are unique across the whole vault, compared case-insensitively, so that every
 * wiki link by name has exactly one possible target and no resolution rule (shortest path, case) is ever needed.
 */
final class NamePool {
    private static final int ATTEMPTS_BEFORE_NUMBERING = 12;

    private final Random random;
    private final Set<String> taken = new HashSet<>();

    NamePool(Random random) {
        this.random = random;
    }

    String person() {
        return unique(attempt -> {
            String first = pick(WordLists.FIRST_NAMES);
            String last = pick(WordLists.LAST_NAMES);
            // Big vaults run out of first+last pairs; a middle initial multiplies them by 26.
            boolean withInitial = attempt >= 2 || random.nextInt(8) == 0;
            return withInitial ? first + " " + (char) ('A' + random.nextInt(26)) + ". " + last : first + " " + last;
        });
    }

    String company() {
        return unique(attempt -> {
            String name = pick(WordLists.COMPANY_STEMS);
            String suffix = pick(WordLists.COMPANY_SUFFIXES);
            String named = suffix.isEmpty() ? name : name + " " + suffix;
            return random.nextInt(3) == 0 ? named + " " + pick(WordLists.REGIONS) : named;
        });
    }

    String project() {
        return unique(attempt -> {
            String project = pick(WordLists.CODENAMES) + " " + pick(WordLists.PROJECT_KINDS);
            return random.nextBoolean() ? project : pick(WordLists.COMPANY_STEMS) + " " + project;
        });
    }

    String unresolvedTarget(int spread) {
        return pick(WordLists.UNRESOLVED_STEMS) + " " + (1 + random.nextInt(spread));
    }

    /** Claims {@code wanted}, or the first free "wanted (n)" when it is taken. */
    String claim(String wanted) {
        if (taken.add(wanted.toLowerCase(Locale.ROOT))) {
            return wanted;
        }
        for (int n = 2; ; n++) {
            String numbered = wanted + " (" + n + ")";
            if (taken.add(numbered.toLowerCase(Locale.ROOT))) {
                return numbered;
            }
        }
    }

    /** Draws candidates (each told its attempt number) until one is free, then falls back to numbering. */
    private String unique(IntFunction<String> candidates) {
        for (int attempt = 0; attempt < ATTEMPTS_BEFORE_NUMBERING; attempt++) {
            String candidate = candidates.apply(attempt);
            if (taken.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return claim(candidates.apply(ATTEMPTS_BEFORE_NUMBERING));
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
