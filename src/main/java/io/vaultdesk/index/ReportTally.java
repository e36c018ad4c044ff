package io.vaultdesk.index;

import io.vaultdesk.vault.OwnerNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Map<String, Integer> openByRun = new HashMap<>();
    private final SortedMap<String, Integer> dueOpen = new TreeMap<>();
    private final SortedMap<String, Integer> priorityOpen = new TreeMap<>();
    /** The notes linking to each note, by its id, and to each unresolved target, as written. */
    private final Map<Integer, Set<Integer>> sourcesById = new HashMap<>();
    private final Map<String, Set<Integer>> sourcesByTarget = new HashMap<>();

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
        for (Object[] t : rows.tasks()) {
            task(t);
        }
        for (Object[] l : rows.links()) {
            String target = (String) l[NoteRows.LINK_TARGET];
            if (target.isEmpty()) {
                continue;
            }
            Integer source = (Integer) l[NoteRows.LINK_NOTE_ID];
            Integer id = (Integer) l[NoteRows.LINK_TARGET_ID];
            if (id == null) {
                sourcesByTarget.computeIfAbsent(target, k -> new HashSet<>()).add(source);
            } else {
                sourcesById.computeIfAbsent(id, k -> new HashSet<>()).add(source);
            }
        }
    }

    private void task(Object[] t) {
        tasks++;
        String status = (String) t[NoteRows.TASK_STATUS];
        switch (status) {
            case "DONE" -> done++;
            case "CANCELLED" -> cancelled++;
            default -> {
                open++;
                inProgress += status.equals("IN_PROGRESS") ? 1 : 0;
                openByRun.merge((String) t[NoteRows.OWNER_RUN], 1, Integer::sum);
                LocalDate due = (LocalDate) t[NoteRows.TASK_DUE];
                if (due != null) {
                    dueOpen.merge(due.toString(), 1, Integer::sum);
                }
                priorityOpen.merge((String) t[NoteRows.TASK_PRIORITY], 1, Integer::sum);
            }
        }
    }

    /**
     * @param owners the person notes once the build has written them all
     * @return the report, or empty when a link names a note that was not counted (then the tables are read)
     */
    Optional<VaultReport> report(OwnerNames owners) {
        SortedMap<String, Integer> openByOwner = new TreeMap<>();
        int withoutOwner = 0;
        for (Map.Entry<String, Integer> e : openByRun.entrySet()) {
            String owner = owners.ownerOf(e.getKey());
            if (owner.isEmpty()) {
                withoutOwner += e.getValue();
            } else {
                openByOwner.merge(owner, e.getValue(), Integer::sum);
            }
        }
        // A note's name and an unresolved target written the same way share one key, as in ReportQuery.
        Map<String, Set<Integer>> sources = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : sourcesById.entrySet()) {
            String name = names.get(e.getKey());
            if (name == null) {
                return Optional.empty();
            }
            sources.computeIfAbsent(name, k -> new HashSet<>()).addAll(e.getValue());
        }
        TreeSet<String> unresolved = new TreeSet<>(sourcesByTarget.keySet());
        sourcesByTarget.forEach((target, from) -> sources.computeIfAbsent(target, k -> new HashSet<>()).addAll(from));
        SortedMap<String, Integer> backlinks = new TreeMap<>();
        sources.forEach((k, v) -> backlinks.put(k, v.size()));
        List<String> damagedSorted = new ArrayList<>(damaged);
        damagedSorted.sort(null);
        return Optional.of(new VaultReport(notes, attachments, tasks, open, done, cancelled, inProgress, openByOwner,
                withoutOwner, dueOpen, priorityOpen, meetings, meetingsByAccount, backlinks, unresolved,
                damagedSorted));
    }
}
