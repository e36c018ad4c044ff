package io.vaultdesk.app.board;

import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The vault's tasks, arranged into a board for any filter and grouping. Made once per load of the tasks (it folds
 * their text once), then {@link #arrange} is a pass over them in memory: tens of milliseconds for 50,000 tasks, so every
 * change of a filter can re-arrange at once.
 */
public final class TaskBoard {
    /** Priority (highest first), then due date (soonest first, none last), then where the task is. */
    public static final Comparator<TaskRow> CARD_ORDER = TaskBoard::compareCards;

    private final List<TaskRow> rows;
    private final OwnerLanes lanes;
    /** Per row: its lane key, and its description, note title and path folded for the text filter. */
    private final String[] laneKeys;
    private final String[] haystacks;
    private final List<OwnerChoice> owners;
    /** A lane's name as first written in the vault: "Ann" and "ann" are one lane, named the same whatever is shown. */
    private final Map<String, String> laneLabels;
    private final List<String> accounts;
    private final List<String> tags;

    public TaskBoard(List<TaskRow> rows, List<String> myNames) {
        this.lanes = new OwnerLanes(myNames);
        // Owners repeat across thousands of tasks: each distinct one is folded into its lane key once.
        Map<String, String> keyByOwner = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (TaskRow r : rows) { // in the order given, so that a lane is named as its owner is first written
            String owner = r.task().owner();
            String key = keyByOwner.computeIfAbsent(owner, lanes::key);
            labels.putIfAbsent(key, label(key, owner));
        }
        // Kept in card order, so that arranging, on every change of a filter, only picks rows: sorting 250,000
        // cards there took a second without C2 (the packaged app).
        List<TaskRow> ordered = new ArrayList<>(rows);
        ordered.sort(CARD_ORDER);
        this.rows = List.copyOf(ordered);
        laneKeys = new String[this.rows.size()];
        haystacks = new String[this.rows.size()];
        Map<String, Integer> open = new HashMap<>();
        TreeSet<String> accountSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> tagSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < laneKeys.length; i++) {
            TaskRow r = this.rows.get(i);
            String key = keyByOwner.get(r.task().owner());
            laneKeys[i] = key;
            open.merge(key, r.task().isOpen() ? 1 : 0, Integer::sum);
            haystacks[i] = (r.task().description() + "\n" + r.noteTitle() + "\n" + r.path()).toLowerCase(Locale.ROOT);
            accountSet.addAll(r.accounts());
            tagSet.addAll(r.task().tags());
        }
        List<OwnerChoice> choices = new ArrayList<>();
        labels.forEach((key, label) -> choices.add(new OwnerChoice(key, label, open.get(key))));
        choices.sort(laneOrder(open));
        owners = List.copyOf(choices);
        laneLabels = Map.copyOf(labels);
        accounts = List.copyOf(accountSet);
        tags = List.copyOf(tagSet);
    }

    /**
     * Priority, then due date (none last), then note path and line. Written out rather than composed: a board of
     * 360,000 tasks sorts with it, and without C2 (the packaged app) each composed step is a call of its own.
     */
    private static int compareCards(TaskRow a, TaskRow b) {
        IndexedTask x = a.task();
        IndexedTask y = b.task();
        int c = Integer.compare(x.priority().ordinal(), y.priority().ordinal());
        if (c != 0) {
            return c;
        }
        if (x.due().isPresent() != y.due().isPresent()) {
            return x.due().isPresent() ? -1 : 1;
        }
        if (x.due().isPresent()) {
            c = x.due().get().compareTo(y.due().get());
            if (c != 0) {
                return c;
            }
        }
        c = a.path().compareTo(b.path());
        return c != 0 ? c : Integer.compare(x.line(), y.line());
    }

    public int size() {
        return rows.size();
    }

    public OwnerLanes ownerLanes() {
        return lanes;
    }

    private static String label(String key, String owner) {
        return switch (key) {
            case OwnerLanes.ME -> "Me";
            case OwnerLanes.NO_OWNER -> "No owner";
            default -> owner.strip();
        };
    }

    /** "Me" first, then others by number of cards (most first) and name, "No owner" last. */
    private static Comparator<OwnerChoice> laneOrder(Map<String, Integer> counts) {
        return Comparator.<OwnerChoice>comparingInt(o -> o.key().equals(OwnerLanes.ME) ? 0
                        : o.key().equals(OwnerLanes.NO_OWNER) ? 2 : 1)
                .thenComparing(o -> -counts.getOrDefault(o.key(), 0))
                .thenComparing(o -> o.label().toLowerCase(Locale.ROOT));
    }

    public Board arrange(BoardFilter filter, Grouping grouping, LocalDate today) {
        String[] words = filter.text().toLowerCase(Locale.ROOT).split("\\s+");
        Map<Split, Integer> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            splits.put(s, 0);
        }
        int[] shown = new int[laneKeys.length]; // in card order, as the rows are
        int shownCount = 0;
        for (int i = 0; i < laneKeys.length; i++) {
            TaskRow r = rows.get(i);
            if (!matchesAllButSplit(i, r, filter, words)) {
                continue;
            }
            Split split = laneKeys[i].equals(OwnerLanes.ME) ? Split.I_OWE
                    : laneKeys[i].equals(OwnerLanes.NO_OWNER) ? null : Split.WAITING;
            if (r.task().isOpen()) {
                splits.merge(Split.ALL, 1, Integer::sum);
                if (split != null) {
                    splits.merge(split, 1, Integer::sum);
                }
            }
            if (filter.split() == Split.ALL || filter.split() == split) {
                shown[shownCount++] = i;
            }
        }
        Map<DueBucket, Integer> columns = new EnumMap<>(DueBucket.class);
        for (DueBucket b : DueBucket.values()) {
            columns.put(b, 0);
        }
        Map<String, Map<DueBucket, List<TaskRow>>> byOwner = new HashMap<>();
        Map<DueBucket, Map<String, List<TaskRow>>> byDue = new EnumMap<>(DueBucket.class);
        Map<String, Integer> laneCounts = new HashMap<>();
        for (int n = 0; n < shownCount; n++) {
            int i = shown[n];
            TaskRow r = rows.get(i);
            DueBucket bucket = DueBucket.of(r.task().due(), today);
            columns.merge(bucket, 1, Integer::sum);
            String key = laneKeys[i];
            laneCounts.merge(key, 1, Integer::sum);
            if (grouping == Grouping.OWNER_FIRST) {
                byOwner.computeIfAbsent(key, k -> new EnumMap<>(DueBucket.class))
                        .computeIfAbsent(bucket, b -> new ArrayList<>()).add(r);
            } else {
                byDue.computeIfAbsent(bucket, b -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<OwnerChoice> order = laneOrder(laneCounts);
        List<OwnerChoice> laneOwners = new ArrayList<>();
        laneCounts.forEach((key, count) -> laneOwners.add(new OwnerChoice(key, laneLabels.get(key), count)));
        laneOwners.sort(order);
        List<Lane> result = new ArrayList<>();
        if (grouping == Grouping.OWNER_FIRST) {
            for (OwnerChoice o : laneOwners) {
                Map<DueBucket, List<TaskRow>> cells = byOwner.get(o.key());
                List<CardGroup> groups = new ArrayList<>();
                for (DueBucket b : DueBucket.values()) {
                    groups.add(new CardGroup(b.name(), b.label(), cells.getOrDefault(b, List.of())));
                }
                result.add(new Lane(o.key(), o.label(), groups, o.count()));
            }
        } else {
            for (DueBucket b : DueBucket.values()) {
                Map<String, List<TaskRow>> cells = byDue.getOrDefault(b, Map.of());
                List<CardGroup> groups = new ArrayList<>();
                for (OwnerChoice o : laneOwners) {
                    List<TaskRow> cards = cells.get(o.key());
                    if (cards != null) {
                        groups.add(new CardGroup(o.key(), o.label(), cards));
                    }
                }
                result.add(new Lane(b.name(), b.label(), groups, columns.get(b)));
            }
        }
        return new Board(grouping, today, result, columns, shownCount, splits, owners, accounts, tags);
    }

    private boolean matchesAllButSplit(int i, TaskRow r, BoardFilter f, String[] words) {
        IndexedTask t = r.task();
        if (!f.showDone() && !t.isOpen()) {
            return false;
        }
        if (!f.owners().isEmpty() && !f.owners().contains(laneKeys[i])) {
            return false;
        }
        if (f.account().isPresent() && r.accounts().stream().noneMatch(a -> a.equalsIgnoreCase(f.account().get()))) {
            return false;
        }
        if (f.tag().isPresent() && t.tags().stream().noneMatch(tag -> sameTag(tag, f.tag().get()))) {
            return false;
        }
        if (!f.priorities().isEmpty() && !f.priorities().contains(t.priority())) {
            return false;
        }
        if (f.dueFrom().isPresent() && (t.due().isEmpty() || t.due().get().isBefore(f.dueFrom().get()))) {
            return false;
        }
        if (f.dueTo().isPresent() && (t.due().isEmpty() || t.due().get().isAfter(f.dueTo().get()))) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !haystacks[i].contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "#task" and "task" name the same tag; a parent tag takes in its children ("#acme" finds "#acme/q4"). */
    private static boolean sameTag(String tag, String wanted) {
        String t = strip(tag);
        String w = strip(wanted);
        return t.equalsIgnoreCase(w) || t.toLowerCase(Locale.ROOT).startsWith(w.toLowerCase(Locale.ROOT) + "/");
    }

    private static String strip(String tag) {
        return tag.startsWith("#") ? tag.substring(1) : tag;
    }
}
