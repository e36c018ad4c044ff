package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report's figures, counted from the rows a full build writes, so that the report asked for right after it
 * (the CLI's {@code report} on a new vault, the app's first open) reads nothing back. Reading the tasks and links of
 * 100,000 notes back took 4-9 s after the build, as long as half the build itself. Counted as {@link ReportQuery}
 * counts the tables, and a test holds the two to the same report.
 *
 * <p>Owners are counted by owner run: a task's owner is settled only once every person note is known
 * ({@link OwnerRefresh}).
 */
final class ReportTally {
    private final Map<Integer, String> names = new HashMap<>();
    private int notes;
    private int attachments;
    private int meetings;
    private final SortedMap<String, Integer> meetingsByAccount = new TreeMap<>();
    private final List<String> damaged = new ArrayList<>();
    private int tasks;
    private int open;
    private int done;
    private int cancelled;
    private int inProgress;
    private final Map<String, int[]> openByRun = new HashMap<>();
    private final Map<LocalDate, int[]> dueOpen = new HashMap<>();
    private final Map<String, int[]> priorityOpen = new HashMap<>();
    /**
     * Each note's distinct link targets: the ids it resolves to and the unresolved targets as written. Named only at
     * the end, when every note's name is known; two notes can share a name, and a note that links to both counts
     * once under it, as in the report read from the tables.
     */
    private final List<int[]> targetIds = new ArrayList<>();
    private final List<String[]> unresolvedTargets = new ArrayList<>();

    void add(NoteRows rows) {
        Object[] n = rows.note();
        names.put((Integer) n[NoteRows.NOTE_ID], (String) n[NoteRows.NOTE_NAME]);
        if ((Boolean) n[NoteRows.NOTE_IS_NOTE]) {
            notes++;
        } else {
            attachments++;
        }
        if ((Boolean) n[NoteRows.NOTE_IS_MEETING]) {
            meetings++;
            for (String account : new TreeSet<>(MultiValue.split((String) n[NoteRows.NOTE_ACCOUNTS]))) {
                meetingsByAccount.merge(account, 1, Integer::sum);
            }
        }
        if (!((String) n[NoteRows.NOTE_DAMAGE]).isEmpty()) {
            damaged.add((String) n[NoteRows.NOTE_PATH]);
        }
        for (TaskLine t : rows.tasks()) {
            task(t);
        }
        links(rows.links());
    }

    /** Plain arrays and loops: a note has a handful of links, and this runs on the writer for every note. */
    private void links(List<StoredLink> links) {
        int[] ids = new int[links.size()];
        String[] unresolved = new String[links.size()];
        int idCount = 0;
        int unresolvedCount = 0;
        for (StoredLink l : links) {
            String target = l.target();
            if (target.isEmpty()) {
                continue;
            }
            if (l.resolved() && indexOf(ids, idCount, l.targetId()) < 0) {
                ids[idCount++] = l.targetId();
            } else if (!l.resolved() && indexOf(unresolved, unresolvedCount, target) < 0) {
                unresolved[unresolvedCount++] = target;
            }
        }
        if (idCount + unresolvedCount > 0) {
            targetIds.add(Arrays.copyOf(ids, idCount));
            unresolvedTargets.add(Arrays.copyOf(unresolved, unresolvedCount));
        }
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(String[] values, int count, String value) {
        for (int i = 0; i < count; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private void task(TaskLine t) {
        tasks++;
        switch (t.status()) {
            case DONE -> done++;
            case CANCELLED -> cancelled++;
            default -> {
                open++;
                inProgress += t.status() == TaskStatus.IN_PROGRESS ? 1 : 0;
                count(openByRun, t.ownerRun());
                t.due().ifPresent(due -> count(dueOpen, due));
                count(priorityOpen, t.priority().key());
            }
        }
    }

    private static <K> void count(Map<K, int[]> counts, K key) {
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
    }

    /**
     * @param owners the person notes once the build has written them all
     * @return the report, or empty when a link names a note that was not counted (then the tables are read)
     */
    Optional<VaultReport> report(OwnerNames owners) {
        SortedMap<String, Integer> openByOwner = new TreeMap<>();
        int withoutOwner = 0;
        for (Map.Entry<String, int[]> e : openByRun.entrySet()) {
            String owner = owners.ownerOf(e.getKey());
            if (owner.isEmpty()) {
                withoutOwner += e.getValue()[0];
            } else {
                openByOwner.merge(owner, e.getValue()[0], Integer::sum);
            }
        }
        SortedMap<String, Integer> due = new TreeMap<>();
        dueOpen.forEach((date, n) -> due.put(date.toString(), n[0]));
        SortedMap<String, Integer> priority = new TreeMap<>();
        priorityOpen.forEach((key, n) -> priority.put(key, n[0]));

        Map<String, int[]> sources = new HashMap<>();
        TreeSet<String> unresolved = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        for (int note = 0; note < targetIds.size(); note++) {
            keys.clear();
            for (int id : targetIds.get(note)) {
                String name = names.get(id);
                if (name == null) {
                    return Optional.empty();
                }
                if (!keys.contains(name)) {
                    keys.add(name);
                }
            }
            for (String target : unresolvedTargets.get(note)) {
                unresolved.add(target);
                if (!keys.contains(target)) {
                    keys.add(target);
                }
            }
            keys.forEach(k -> count(sources, k));
        }
        SortedMap<String, Integer> backlinks = new TreeMap<>();
        sources.forEach((k, n) -> backlinks.put(k, n[0]));
        List<String> damagedSorted = new ArrayList<>(damaged);
        damagedSorted.sort(null);
        return Optional.of(new VaultReport(notes, attachments, tasks, open, done, cancelled, inProgress, openByOwner,
                withoutOwner, due, priority, meetings, meetingsByAccount, backlinks, unresolved, damagedSorted));
    }
}
