package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of every file in the index, held in memory: the navigation's counts, the lists and the quick
 * switcher read it without a query. A 100,000-note vault is ~30 MB here; replaced whole when the index changes.
 */
public final class VaultCatalog {
    public static final VaultCatalog EMPTY = new VaultCatalog(List.of());

    private final Map<String, IndexedNote> byPath = new HashMap<>();
    private final Map<Integer, IndexedNote> byId = new HashMap<>();
    private final Map<NoteKind, List<IndexedNote>> byKind = new EnumMap<>(NoteKind.class);
    private final List<IndexedNote> notes;
    /** Every name a note can be found by, folded once here rather than on every keystroke. */
    private final List<SwitcherName> names;

    public VaultCatalog(List<IndexedNote> files) {
        List<IndexedNote> all = new ArrayList<>();
        for (NoteKind k : NoteKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        for (IndexedNote f : files) {
            byPath.put(f.path(), f);
            byId.put(f.id(), f);
            if (f.isNote()) {
                all.add(f);
                byKind.get(kindOf(f)).add(f);
            }
        }
        Comparator<IndexedNote> newestFirst = Comparator.comparing((IndexedNote n) -> n.date().orElse(""))
                .reversed().thenComparing(IndexedNote::path);
        byKind.get(NoteKind.MEETING).sort(newestFirst);
        for (NoteKind k : List.of(NoteKind.PERSON, NoteKind.ACCOUNT, NoteKind.PROJECT, NoteKind.OTHER)) {
            byKind.get(k).sort(Comparator.comparing(IndexedNote::title, String.CASE_INSENSITIVE_ORDER));
        }
        all.sort(Comparator.comparing(IndexedNote::path, String.CASE_INSENSITIVE_ORDER));
        byKind.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.notes = Collections.unmodifiableList(all);
        List<SwitcherName> n = new ArrayList<>(all.size() + all.size() / 2);
        for (IndexedNote note : all) {
            n.add(new SwitcherName(note, note.title(), false));
            if (!note.title().equals(note.name())) {
                n.add(new SwitcherName(note, note.name(), false));
            }
            for (String alias : note.aliases()) {
                n.add(new SwitcherName(note, alias, true));
            }
        }
        this.names = Collections.unmodifiableList(n);
    }

    /** Titles, file names and aliases, each note's together. */
    List<SwitcherName> switcherNames() {
        return names;
    }

    public static NoteKind kindOf(IndexedNote note) {
        return NoteKind.of(note.path(), note.type(), note.meeting());
    }

    /** Notes only, by path. */
    public List<IndexedNote> notes() {
        return notes;
    }

    /** Meetings newest first; entities and other notes by title. */
    public List<IndexedNote> notes(NoteKind kind) {
        return byKind.get(kind);
    }

    public Optional<IndexedNote> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Optional<IndexedNote> byId(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Notes and attachments: what links can resolve to. */
    public java.util.Collection<String> allPaths() {
        return Collections.unmodifiableSet(byPath.keySet());
    }

    public int size() {
        return notes.size();
    }
}
