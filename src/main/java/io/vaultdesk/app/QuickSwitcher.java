package io.vaultdesk.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds notes by a fuzzy query over their titles, file names and aliases, best first. Every name of the vault is
 * scored on each keystroke, without allocating; only the winners get their matched positions worked out.
 */
public final class QuickSwitcher {
    private QuickSwitcher() {
    }

    public static List<SwitcherHit> find(VaultCatalog catalog, String query, int limit) {
        String folded = CaseFolding.fold(query.strip());
        List<SwitcherName> names = catalog.switcherNames();
        PriorityQueue<Candidate> best = new PriorityQueue<>(Candidate.WORST_FIRST);
        int i = 0;
        while (i < names.size()) {
            // a note's names are next to each other: keep the best of them
            SwitcherName top = null;
            int topScore = FuzzyMatcher.NO_MATCH;
            int j = i;
            for (; j < names.size() && names.get(j).note() == names.get(i).note(); j++) {
                SwitcherName n = names.get(j);
                int score = FuzzyMatcher.score(folded, n.text(), n.folded());
                if (score > topScore) {
                    top = n;
                    topScore = score;
                }
            }
            i = j;
            if (top == null) {
                continue;
            }
            if (best.size() < limit) {
                best.add(new Candidate(top, topScore));
            } else if (Candidate.WORST_FIRST.compare(new Candidate(top, topScore), best.peek()) > 0) {
                best.poll();
                best.add(new Candidate(top, topScore));
            }
        }
        List<Candidate> winners = new ArrayList<>(best);
        winners.sort(Candidate.WORST_FIRST.reversed());
        List<SwitcherHit> hits = new ArrayList<>(winners.size());
        for (Candidate c : winners) {
            FuzzyMatch m = FuzzyMatcher.match(query, c.name().text()).orElseThrow();
            hits.add(new SwitcherHit(c.name().note(), c.name().text(), c.name().alias(), m));
        }
        return hits;
    }

    private record Candidate(SwitcherName name, int score) {
        /** Lower scores first; on a tie, the longer path is worse (a note near the root is likelier meant). */
        static final Comparator<Candidate> WORST_FIRST = Comparator.comparingInt(Candidate::score)
                .thenComparing((Candidate c) -> c.name().note().path().length(), Comparator.reverseOrder())
                .thenComparing(c -> c.name().note().path(), Comparator.reverseOrder());
    }
}
