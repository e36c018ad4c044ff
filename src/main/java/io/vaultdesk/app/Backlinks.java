package io.vaultdesk.app;

import io.vaultdesk.index.IndexedLink;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.NoteQueries;
import io.vaultdesk.vault.NoteKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The backlinks panel's content: linked mentions of a note, and for an entity its meetings and open tasks. */
final class Backlinks {
    static final Comparator<IndexedNote> NEWEST_FIRST = Comparator
            .comparing((IndexedNote n) -> n.date().orElse("")).reversed()
            .thenComparing(IndexedNote::title, String.CASE_INSENSITIVE_ORDER);

    private final VaultSession session;
    private final VaultCatalog catalog;

    Backlinks(VaultSession session, VaultCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    /** One group per linking note, newest first; each with the lines that link, as they read now. */
    List<BacklinkGroup> linkedMentions(IndexedNote target) throws VaultException {
        Map<Integer, Set<Integer>> linesBySource = new LinkedHashMap<>();
        for (IndexedLink l : linksTo(target)) {
            if (l.sourceId() != target.id()) {
                linesBySource.computeIfAbsent(l.sourceId(), k -> new TreeSet<>()).add(l.line());
            }
        }
        List<BacklinkGroup> groups = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> e : linesBySource.entrySet()) {
            catalog.byId(e.getKey()).ifPresent(source -> groups.add(group(source, e.getValue())));
        }
        groups.sort(Comparator.comparing(BacklinkGroup::source, NEWEST_FIRST));
        return groups;
    }

    private List<IndexedLink> linksTo(IndexedNote target) throws VaultException {
        return session.read(db -> new NoteQueries(db).linksTo(target.id()));
    }

    private BacklinkGroup group(IndexedNote source, Set<Integer> lines) {
        List<String> text;
        try {
            text = NoteLines.lines(session.root().resolve(source.path()));
        } catch (IOException e) {
            text = List.of(); // deleted a moment ago, say: the index catches up and the panel refreshes
        }
        List<Mention> mentions = new ArrayList<>();
        for (int line : lines) {
            mentions.add(new Mention(line, line <= text.size() ? text.get(line - 1).strip() : ""));
        }
        return new BacklinkGroup(source, mentions);
    }

    EntityOverview overview(IndexedNote entity) throws VaultException {
        NoteKind kind = VaultCatalog.kindOf(entity);
        List<IndexedLink> links = linksTo(entity);
        Set<Integer> meetingIds = new HashSet<>();
        for (IndexedLink l : links) {
            catalog.byId(l.sourceId()).filter(IndexedNote::meeting).ifPresent(m -> meetingIds.add(m.id()));
        }
        Set<String> names = names(entity);
        for (IndexedNote m : catalog.notes(NoteKind.MEETING)) {
            // A participant or account written as plain text, not as a link, still makes it their meeting.
            if (m.participants().stream().anyMatch(p -> names.contains(fold(p)))
                    || m.accounts().stream().anyMatch(a -> names.contains(fold(a)))) {
                meetingIds.add(m.id());
            }
        }
        List<IndexedNote> meetings = new ArrayList<>();
        meetingIds.forEach(id -> catalog.byId(id).ifPresent(meetings::add));
        meetings.sort(NEWEST_FIRST);
        return new EntityOverview(kind, meetings, openTasks(entity, kind, links, meetings));
    }

    private List<TaskItem> openTasks(IndexedNote entity, NoteKind kind, List<IndexedLink> links,
            List<IndexedNote> meetings) throws VaultException {
        Set<Long> linkLines = new HashSet<>();
        Set<Integer> sources = new HashSet<>();
        for (IndexedLink l : links) {
            linkLines.add(key(l.sourceId(), l.line()));
            sources.add(l.sourceId());
        }
        if (kind != NoteKind.PERSON) {
            meetings.forEach(m -> sources.add(m.id()));
        }
        List<String> owners = new ArrayList<>(names(entity));
        return session.read(db -> {
            NoteQueries q = new NoteQueries(db);
            Map<Long, IndexedTask> tasks = new LinkedHashMap<>();
            if (kind == NoteKind.PERSON) {
                q.openTasksOwnedBy(owners).forEach(t -> tasks.put(key(t.noteId(), t.line()), t));
            }
            for (int source : sources) {
                for (IndexedTask t : q.tasksOf(source)) {
                    boolean concerns = kind != NoteKind.PERSON || linkLines.contains(key(t.noteId(), t.line()));
                    if (t.isOpen() && concerns) {
                        tasks.putIfAbsent(key(t.noteId(), t.line()), t);
                    }
                }
            }
            List<TaskItem> items = new ArrayList<>();
            for (IndexedTask t : tasks.values()) {
                catalog.byId(t.noteId()).ifPresent(n -> items.add(new TaskItem(n, t)));
            }
            items.sort(Comparator.comparing((TaskItem i) -> i.task().due().map(Object::toString).orElse("9999"))
                    .thenComparing(i -> i.task().priority())
                    .thenComparing(i -> i.note().path()));
            return items;
        });
    }

    private static Set<String> names(IndexedNote entity) {
        Set<String> names = new HashSet<>();
        names.add(fold(entity.name()));
        names.add(fold(entity.title()));
        entity.aliases().forEach(a -> names.add(fold(a)));
        return names;
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static long key(int noteId, int line) {
        return ((long) noteId << 32) | line;
    }
}
