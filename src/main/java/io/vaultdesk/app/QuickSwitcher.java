package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/** Finds notes by a fuzzy query over their titles, file names and aliases, best first. */
public final class QuickSwitcher {
    private static final Comparator<SwitcherHit> WORST_FIRST = Comparator
            .comparingInt((SwitcherHit h) -> h.match().score())
            .thenComparing((SwitcherHit h) -> h.note().path().length(), Comparator.reverseOrder())
            .thenComparing(h -> h.note().path(), Comparator.reverseOrder());

    private QuickSwitcher() {
    }

    public static List<SwitcherHit> find(VaultCatalog catalog, String query, int limit) {
        PriorityQueue<SwitcherHit> best = new PriorityQueue<>(WORST_FIRST);
        for (IndexedNote note : catalog.notes()) {
            Optional<SwitcherHit> hit = bestOf(note, query);
            if (hit.isEmpty()) {
                continue;
            }
            best.add(hit.get());
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<SwitcherHit> hits = new ArrayList<>(best);
        hits.sort(WORST_FIRST.reversed());
        return hits;
    }

    private static Optional<SwitcherHit> bestOf(IndexedNote note, String query) {
        SwitcherHit best = null;
        List<String> own = note.title().equals(note.name()) ? List.of(note.name()) : List.of(note.title(), note.name());
        for (String name : own) {
            best = better(best, FuzzyMatcher.match(query, name).map(m -> new SwitcherHit(note, name, false, m)));
        }
        for (String alias : note.aliases()) {
            best = better(best, FuzzyMatcher.match(query, alias).map(m -> new SwitcherHit(note, alias, true, m)));
        }
        return Optional.ofNullable(best);
    }

    private static SwitcherHit better(SwitcherHit current, Optional<SwitcherHit> candidate) {
        if (candidate.isEmpty()) {
            return current;
        }
        return current == null || candidate.get().match().score() > current.match().score() ? candidate.get() : current;
    }
}
