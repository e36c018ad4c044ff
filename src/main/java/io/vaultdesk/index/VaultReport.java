package io.vaultdesk.index;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The figures of a vault, as the {@code report} command prints them. Open means open or in progress.
 *
 * @param openByOwner      owner as written → open tasks; tasks without an owner are in {@code openWithoutOwner}
 * @param backlinkSources  linked note's name (or an unresolved target as written) → distinct notes linking to it
 * @param damagedNotes     paths of the notes flagged for encoding or YAML problems
 */
public record VaultReport(
        int notes,
        int attachments,
        int tasksTotal,
        int tasksOpen,
        int tasksDone,
        int tasksCancelled,
        int tasksInProgress,
        SortedMap<String, Integer> openByOwner,
        int openWithoutOwner,
        SortedMap<String, Integer> dueByDateOpen,
        SortedMap<String, Integer> priorityOpen,
        int meetings,
        SortedMap<String, Integer> meetingsByAccount,
        SortedMap<String, Integer> backlinkSources,
        SortedSet<String> unresolved,
        List<String> damagedNotes) {
}
