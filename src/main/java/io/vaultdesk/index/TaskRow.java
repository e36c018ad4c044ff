package io.vaultdesk.index;

import java.util.List;
import java.util.Optional;

/**
 * A task with what a board card shows of the note it sits in, read together so the two agree.
 *
 * @param noteHash the content hash of the note's bytes as indexed: the write guard trusts the line number only while
 *                 the note still hashes so
 */
public record TaskRow(
        IndexedTask task,
        String path,
        String noteTitle,
        Optional<String> noteDate,
        List<String> accounts,
        long noteHash) {

    public TaskRow {
        accounts = List.copyOf(accounts);
    }
}
