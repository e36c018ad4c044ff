package io.vaultdesk.app;

import io.vaultdesk.app.meeting.MeetingList;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.MeetingLink;
import io.vaultdesk.vault.NoteKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures for the people, accounts and projects lists, for every entity at once: a meeting is theirs when it links
 * to them or names them (file name, title or alias) as participant or account, as in the backlinks panel.
 */
final class EntityStats {
    private EntityStats() {
    }

    static List<EntityRow> of(VaultCatalog catalog, NoteKind kind, List<MeetingLink> links,
                              Map<String, Integer> openByOwner) {
        List<IndexedNote> entities = catalog.notes(kind);
        Map<String, Integer> byName = new HashMap<>();
        Map<Integer, Set<Integer>> meetings = new HashMap<>();
        for (IndexedNote e : entities) {
            meetings.put(e.id(), new HashSet<>());
            for (String n : names(e)) {
                byName.putIfAbsent(n, e.id());
            }
        }
        for (MeetingLink l : links) {
            Set<Integer> theirs = meetings.get(l.targetId());
            if (theirs != null) {
                theirs.add(l.meetingId());
            }
        }
        for (IndexedNote m : catalog.notes(NoteKind.MEETING)) {
            List<String> named = new ArrayList<>(m.participants());
            named.addAll(m.accounts());
            for (String n : named) {
                Integer id = byName.get(fold(n));
                if (id != null) {
                    meetings.get(id).add(m.id());
                }
            }
        }
        Map<String, Integer> openByFoldedOwner = new HashMap<>();
        openByOwner.forEach((owner, count) -> openByFoldedOwner.merge(fold(owner), count, Integer::sum));
        List<EntityRow> rows = new ArrayList<>(entities.size());
        for (IndexedNote e : entities) {
            Optional<LocalDate> last = Optional.empty();
            int open = 0;
            for (int id : meetings.get(e.id())) {
                Optional<IndexedNote> m = catalog.byId(id);
                if (m.isEmpty()) {
                    continue;
                }
                Optional<LocalDate> d = MeetingList.date(m.get());
                if (d.isPresent() && (last.isEmpty() || d.get().isAfter(last.get()))) {
                    last = d;
                }
                open += m.get().openTasks();
            }
            if (kind == NoteKind.PERSON) {
                open = names(e).stream().mapToInt(n -> openByFoldedOwner.getOrDefault(n, 0)).sum();
            }
            rows.add(new EntityRow(e, last, meetings.get(e.id()).size(), open));
        }
        return rows;
    }

    private static Set<String> names(IndexedNote e) {
        Set<String> names = new HashSet<>();
        names.add(fold(e.name()));
        names.add(fold(e.title()));
        e.aliases().forEach(a -> names.add(fold(a)));
        return names;
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

}
