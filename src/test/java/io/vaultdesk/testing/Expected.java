package io.vaultdesk.testing;

import java.util.SortedMap;
import java.util.SortedSet;

/** What a correct indexer must report for a generated vault. */
public record Expected(int notes, int tasksTotal, int tasksOpen, int tasksDone, int tasksCancelled,
        SortedMap<String, Integer> openByOwner, SortedMap<String, Integer> dueByDateOpen,
        SortedMap<String, Integer> priorityOpen, int meetings, SortedMap<String, Integer> meetingsByAccount,
        SortedMap<String, Integer> backlinkSources, SortedSet<String> unresolved, SortedSet<String> damagedPaths) {
}
