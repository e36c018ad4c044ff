package io.vaultdesk.vault;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who owns a task from the text after its '@'. The text runs to the next field, so
 * "@Kanchan Mehrotra to follow up" is ambiguous; where a person note of a name (or alias) exists, the longest
 * such leading run of words is the owner, as the issue specifies. Without a match, the whole run is the owner, as
 * written.
 */
public final class OwnerNames {
    private static final List<String> PERSON_TYPES = List.of("person", "people", "contact");
    private static final List<String> PEOPLE_FOLDERS = List.of("people", "persons", "contacts");
    private final Set<String> names;
    private final Set<String> aliases;

    /**
     * @param names   person notes' names, lower-case
     * @param aliases their aliases, lower-case
     */
    public OwnerNames(Set<String> names, Set<String> aliases) {
        this.names = Set.copyOf(names);
        this.aliases = Set.copyOf(aliases);
    }

    /**
     * The longest leading run of words that is a person's name or alias, where that is plausibly the whole name:
     * the words after it read as prose (start in lower case), or it is a person note's own name of two or more
     * words. So "@Kanchan Mehrotra to follow up" is Kanchan Mehrotra, "@Priya Raman Monday" is Priya Raman, but
     * "@Gita Romero" stays Gita Romero when only someone else's alias is "Gita" (docs/decisions/0006-task-owners.md).
     */
    public String ownerOf(String run) {
        String trimmed = trimPunctuation(run);
        if (trimmed.indexOf(' ') < 0 || (names.isEmpty() && aliases.isEmpty())) {
            return trimmed;
        }
        String[] words = trimmed.split("\\s+");
        for (int k = words.length; k >= 1; k--) {
            String candidate = trimPunctuation(String.join(" ", java.util.Arrays.copyOf(words, k)));
            String key = candidate.toLowerCase(Locale.ROOT);
            boolean whole = k == words.length || !Character.isUpperCase(words[k].codePointAt(0));
            boolean fullName = k >= 2 && names.contains(key);
            if ((names.contains(key) || aliases.contains(key)) && (whole || fullName)) {
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
        if (type.isPresent() && isOneOf(type.get(), 0, type.get().length(), PERSON_TYPES)) {
            return true;
        }
        // the folders one by one, without cutting the path: this runs for every note of a build
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            if (isOneOf(path, start, slash, PEOPLE_FOLDERS)) {
                return true;
            }
            start = slash + 1;
        }
        return false;
    }

    /** Whether s[from, to) is one of the lower-case ASCII words, in any case. */
    private static boolean isOneOf(String s, int from, int to, List<String> words) {
        for (String w : words) {
            if (to - from == w.length() && s.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
