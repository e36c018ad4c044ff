package io.vaultdesk.vault;

import java.util.Locale;
import java.util.Set;

/**
 * Decides who owns a task from the text after its '@'. The text runs to the next field, so
 * "@Kanchan Mehrotra to follow up" is ambiguous; where a person note of a name (or alias) exists, the longest
 * such leading run of words is the owner, provided what follows it reads as prose (starts in lower case): so
 * "@Michael Stewart" stays whole even when someone's alias is "Michael". Without a match, the whole run is the
 * owner, as written.
 */
public final class OwnerNames {
    private final Set<String> knownLowerCase;

    /** @param knownLowerCase names and aliases of person notes, lower-case */
    public OwnerNames(Set<String> knownLowerCase) {
        this.knownLowerCase = Set.copyOf(knownLowerCase);
    }

    public String ownerOf(String run) {
        String trimmed = trimPunctuation(run);
        if (trimmed.indexOf(' ') < 0 || knownLowerCase.isEmpty()) {
            return trimmed;
        }
        String[] words = trimmed.split("\\s+");
        for (int k = words.length; k >= 1; k--) {
            String candidate = trimPunctuation(String.join(" ", java.util.Arrays.copyOf(words, k)));
            boolean restIsProse = k == words.length || !Character.isUpperCase(words[k].codePointAt(0));
            if (restIsProse && knownLowerCase.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return trimmed;
    }

    /** "Kanchan Mehrotra," → "Kanchan Mehrotra": sentence punctuation is not part of a name. */
    static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /** A person note has {@code type: person} (or people, contact) or lives in a People folder. */
    public static boolean isPersonNote(String path, java.util.Optional<String> type) {
        if (type.map(t -> Set.of("person", "people", "contact").contains(t.toLowerCase(Locale.ROOT))).orElse(false)) {
            return true;
        }
        for (String segment : VaultPaths.folder(path).split("/")) {
            if (Set.of("people", "persons", "contacts").contains(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
