package io.vaultdesk.testing;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accumulates the oracle from the notes as they are written, from what was generated rather than from the files. */
final class ExpectedTally {
    private int notes;
    private int tasksTotal;
    private int tasksOpen;
    private int tasksDone;
    private int tasksCancelled;
    private int meetings;
    private final SortedMap<String, Integer> openByOwner = new TreeMap<>();
    private final SortedMap<String, Integer> dueByDateOpen = new TreeMap<>();
    private final SortedMap<String, Integer> priorityOpen = new TreeMap<>();
    private final SortedMap<String, Integer> meetingsByAccount = new TreeMap<>();
    private final SortedMap<String, Integer> backlinkSources = new TreeMap<>();
    private final SortedSet<String> unresolved = new TreeSet<>();
    private final SortedSet<String> damagedPaths = new TreeSet<>();

    void note(NoteDraft note, boolean damaged) {
        notes++;
        if (damaged) {
            damagedPaths.add(note.path());
        }
        note.tasks().forEach(this::task);
        links(note.countedLinks());
        if (note.isMeeting()) {
            meetings++;
            note.meetingAccount().ifPresent(account -> increment(meetingsByAccount, account));
        }
    }

    /** An empty or binary note: it counts as a note and has nothing else. */
    void contentlessNote(String path, boolean damaged) {
        notes++;
        if (damaged) {
            damagedPaths.add(path);
        }
    }

    private void task(TaskFact task) {
        tasksTotal++;
        if (task.isDone()) {
            tasksDone++;
        } else if (task.isCancelled()) {
            tasksCancelled++;
        } else {
            tasksOpen++;
            task.owner().ifPresent(owner -> increment(openByOwner, owner));
            task.due().ifPresent(due -> increment(dueByDateOpen, due.toString()));
            increment(priorityOpen, task.priority().key());
        }
    }

    private void links(Set<LinkFact> links) {
        Set<String> keysInThisNote = new HashSet<>();
        for (LinkFact link : links) {
            if (keysInThisNote.add(link.key())) {
                increment(backlinkSources, link.key());
            }
            if (!link.resolved()) {
                unresolved.add(link.key());
            }
        }
    }

    private static void increment(SortedMap<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    Expected toExpected() {
        return new Expected(notes, tasksTotal, tasksOpen, tasksDone, tasksCancelled,
                Collections.unmodifiableSortedMap(openByOwner), Collections.unmodifiableSortedMap(dueByDateOpen),
                Collections.unmodifiableSortedMap(priorityOpen), meetings,
                Collections.unmodifiableSortedMap(meetingsByAccount),
                Collections.unmodifiableSortedMap(backlinkSources), Collections.unmodifiableSortedSet(unresolved),
                Collections.unmodifiableSortedSet(damagedPaths));
    }
}
