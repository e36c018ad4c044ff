package io.vaultdesk.index;

import java.util.List;
import java.util.Optional;

/**
 * One file as the index knows it: what the lists, the switcher and the navigation need, without its text.
 *
 * @param hash       the content hash of the bytes that were indexed (the write guard compares against it)
 * @param openTasks  open and in-progress tasks
 */
public record IndexedNote(
        int id,
        String path,
        String name,
        String title,
        boolean isNote,
        Optional<String> type,
        Optional<String> date,
        boolean meeting,
        List<String> accounts,
        List<String> participants,
        List<String> aliases,
        List<String> tags,
        List<String> damage,
        long hash,
        int openTasks,
        int totalTasks) {

    public IndexedNote {
        accounts = List.copyOf(accounts);
        participants = List.copyOf(participants);
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        damage = List.copyOf(damage);
    }
}
