package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.TextMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Full-text search: every term must occur (case-insensitive); {@code "a phrase"} is one term. Results are ranked
 * by matches in the title, then by how often the terms occur, with snippets cut around the first matches.
 */
public final class NoteSearch {
    static final int SNIPPETS_PER_NOTE = 3;
    private static final int CONTEXT = 60;

    private NoteSearch() {
    }

    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                flush(current, terms);
            } else if (Character.isWhitespace(c) && !quoted) {
                flush(current, terms);
            } else {
                current.append(c);
            }
        }
        flush(current, terms);
        return terms;
    }

    private static void flush(StringBuilder current, List<String> terms) {
        String term = current.toString().strip();
        if (!term.isEmpty() && !terms.contains(term.toLowerCase(Locale.ROOT))) {
            terms.add(term.toLowerCase(Locale.ROOT));
        }
        current.setLength(0);
    }

    public static List<SearchHit> rank(VaultCatalog catalog, List<String> terms, List<TextMatch> matches) {
        List<SearchHit> hits = new ArrayList<>();
        for (TextMatch m : matches) {
            Optional<IndexedNote> note = catalog.byId(m.noteId());
            note.ifPresent(n -> hits.add(hit(n, terms, m.body())));
        }
        hits.sort(Comparator.comparingInt((SearchHit h) -> titleMatches(h.note(), terms)).reversed()
                .thenComparing(Comparator.comparingInt(SearchHit::occurrences).reversed())
                .thenComparing(h -> h.note().path()));
        return hits;
    }

    private static int titleMatches(IndexedNote note, List<String> terms) {
        String title = note.title().toLowerCase(Locale.ROOT);
        return (int) terms.stream().filter(title::contains).count();
    }

    static SearchHit hit(IndexedNote note, List<String> terms, String body) {
        String lower = CaseFolding.fold(body);
        int occurrences = 0;
        List<Integer> firsts = new ArrayList<>();
        for (String term : terms) {
            for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length())) {
                occurrences++;
                if (firsts.size() < SNIPPETS_PER_NOTE * 4) {
                    firsts.add(i);
                }
            }
        }
        firsts.sort(null);
        List<SearchHit.Snippet> snippets = new ArrayList<>();
        int coveredTo = -1;
        for (int at : firsts) {
            if (snippets.size() == SNIPPETS_PER_NOTE) {
                break;
            }
            if (at < coveredTo) {
                continue;
            }
            int lineStart = body.lastIndexOf('\n', at) + 1;
            int lineEnd = body.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            int start = Math.max(lineStart, at - CONTEXT);
            if (start > lineStart) {
                int space = body.indexOf(' ', start);
                start = space >= 0 && space < at ? space + 1 : start; // begin at a word, not inside one
            }
            int end = Math.min(lineEnd, at + CONTEXT * 2);
            snippets.add(snippet(body, lower, start, end, terms));
            coveredTo = end;
        }
        return new SearchHit(note, occurrences, snippets);
    }

    private static SearchHit.Snippet snippet(String body, String lower, int start, int end, List<String> terms) {
        String prefix = start > 0 && body.charAt(start - 1) != '\n' ? "…" : "";
        String text = prefix + body.substring(start, end).stripTrailing();
        List<SearchHit.Range> ranges = new ArrayList<>();
        for (String term : terms) {
            for (int i = lower.indexOf(term, start); i >= 0 && i + term.length() <= end;
                    i = lower.indexOf(term, i + term.length())) {
                int from = i - start + prefix.length();
                ranges.add(new SearchHit.Range(from, Math.min(from + term.length(), text.length())));
            }
        }
        ranges.sort(Comparator.comparingInt(SearchHit.Range::start));
        return new SearchHit.Snippet(text, merged(ranges));
    }

    /** Terms may overlap ("acme", "me"): one highlight per stretch. */
    private static List<SearchHit.Range> merged(List<SearchHit.Range> sorted) {
        List<SearchHit.Range> merged = new ArrayList<>();
        for (SearchHit.Range r : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && r.start() <= merged.get(last).end()) {
                SearchHit.Range prev = merged.remove(last);
                merged.add(new SearchHit.Range(prev.start(), Math.max(prev.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }
}
