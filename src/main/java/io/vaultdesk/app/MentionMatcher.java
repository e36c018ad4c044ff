package io.vaultdesk.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the names of a note in a line of prose: case-insensitive, whole words only. Where names overlap ("Dana
 * Whitfield" and its alias "Dana") the longest wins, so one piece of text is one mention.
 */
final class MentionMatcher {
    private final List<String> names;

    /** Blank and duplicate (ignoring case) names are dropped; longest first, so the longest wins a tie. */
    MentionMatcher(List<String> names) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            String s = n == null ? "" : n.strip();
            if (!s.isEmpty() && seen.add(s)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(String::length).reversed());
        this.names = List.copyOf(kept);
    }

    List<String> names() {
        return names;
    }

    /** Ranges [start, end) in {@code visible} that hold a name as a word, in order, none overlapping. */
    List<int[]> find(String visible) {
        List<int[]> found = new ArrayList<>();
        for (String name : names) {
            int last = visible.length() - name.length();
            for (int at = 0; at <= last; at++) {
                int end = at + name.length();
                if (visible.regionMatches(true, at, name, 0, name.length()) && isWordEdge(visible, at)
                        && isWordEdge(visible, end) && !overlaps(found, at, end)) {
                    found.add(new int[] {at, end});
                }
            }
        }
        found.sort(Comparator.comparingInt(r -> r[0]));
        return found;
    }

    /** True when no letter, digit or underscore joins the text on both sides of {@code at}. */
    private static boolean isWordEdge(String s, int at) {
        boolean before = at > 0 && isWordChar(s.codePointBefore(at));
        boolean after = at < s.length() && isWordChar(s.codePointAt(at));
        return !(before && after);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean overlaps(List<int[]> found, int start, int end) {
        for (int[] r : found) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }
}
