package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.NoteQueries;
import io.vaultdesk.index.TextMatch;
import io.vaultdesk.vault.ContentHash;
import io.vaultdesk.vault.Lines;
import io.vaultdesk.vault.ProseMask;
import io.vaultdesk.vault.TextDecoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The backlinks panel's second part: where other notes name a note in plain text, without a link. As in
 * Obsidian, every plain mention counts, also in a note that links to it elsewhere: each is a place a link could go.
 * The index's full-text table picks the notes to read; the files themselves, read now, give the lines.
 */
final class UnlinkedMentions {
    /** Per name: a name common enough to be in more notes is not one the user links note by note. */
    static final int CANDIDATES_PER_NAME = 2_000;

    private final VaultSession session;
    private final VaultCatalog catalog;
    private final VaultFiles files;
    private final TextDecoder decoder = new TextDecoder();

    UnlinkedMentions(VaultSession session, VaultCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
        this.files = new VaultFiles(session.root());
    }

    /** One group per mentioning note, newest first (as the linked mentions are); lines in order. */
    List<UnlinkedGroup> of(IndexedNote target) throws VaultException {
        MentionMatcher matcher = new MentionMatcher(names(target));
        List<UnlinkedGroup> groups = new ArrayList<>();
        for (IndexedNote source : candidates(target, matcher.names())) {
            List<UnlinkedMention> mentions = mentionsIn(source, matcher);
            if (!mentions.isEmpty()) {
                groups.add(new UnlinkedGroup(source, mentions));
            }
        }
        groups.sort(Comparator.comparing(UnlinkedGroup::source, Backlinks.NEWEST_FIRST));
        return groups;
    }

    static List<String> names(IndexedNote target) {
        List<String> names = new ArrayList<>();
        names.add(target.name());
        names.add(target.title());
        names.addAll(target.aliases());
        return names;
    }

    private List<IndexedNote> candidates(IndexedNote target, List<String> names) throws VaultException {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String name : names) {
            List<String> term = List.of(name.toLowerCase(Locale.ROOT));
            for (TextMatch m : session.read(db -> new NoteQueries(db).search(term, CANDIDATES_PER_NAME))) {
                ids.add(m.noteId());
            }
        }
        ids.remove(target.id());
        List<IndexedNote> notes = new ArrayList<>();
        ids.forEach(id -> catalog.byId(id).filter(IndexedNote::isNote).ifPresent(notes::add));
        return notes;
    }

    private List<UnlinkedMention> mentionsIn(IndexedNote source, MentionMatcher matcher) {
        Optional<byte[]> bytes = files.read(source.path());
        if (bytes.isEmpty()) {
            return List.of(); // deleted a moment ago; the index catches up and the panel refreshes
        }
        long hash = ContentHash.of(bytes.get());
        List<String> lines = Lines.split(decoder.decode(bytes.get()).text());
        List<String> prose = ProseMask.of(lines);
        List<UnlinkedMention> mentions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int[] r : matcher.find(prose.get(i))) {
                mentions.add(new UnlinkedMention(i + 1, line, r[0], r[1], line.substring(r[0], r[1]), hash));
            }
        }
        return mentions;
    }
}
