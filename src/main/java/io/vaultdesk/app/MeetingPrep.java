package io.vaultdesk.app;

import io.vaultdesk.app.board.OwnerLanes;
import io.vaultdesk.app.meeting.SectionText;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.IndexedTask;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.NoteKind;
import io.vaultdesk.vault.VaultPaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Prepare for a meeting with X": one Markdown page with the decisions of the last three meetings with a person or
 * an account, and every open item in both directions: what the user owes (their own tasks in those meetings or on
 * a line naming X) and what X owes (a person's own tasks; for an account, everyone else's in its meetings).
 */
final class MeetingPrep {
    static final int LAST_MEETINGS = 3;

    private MeetingPrep() {
    }

    /**
     * @param overview the entity's meetings (newest first) and the open tasks that concern it
     * @param lines    a note's lines by path, as the reader shows them (empty when it cannot be read)
     */
    static String build(IndexedNote entity, EntityOverview overview, List<TaskRow> tasks, List<String> myNames,
                        Function<String, List<String>> lines, LocalDate today) {
        OwnerLanes me = new OwnerLanes(myNames); // as the board reads "Me"
        Set<String> theirNames = fold(List.of(entity.name(), entity.title()));
        theirNames.addAll(fold(entity.aliases()));
        Set<String> meetingPaths = new HashSet<>();
        overview.meetings().forEach(m -> meetingPaths.add(m.path()));
        Set<String> concerning = new HashSet<>();
        overview.openTasks().forEach(t -> concerning.add(t.note().path() + ":" + t.task().line()));

        Map<String, TaskRow> iOwe = new LinkedHashMap<>();
        Map<String, TaskRow> theyOwe = new LinkedHashMap<>();
        for (TaskRow r : tasks) {
            IndexedTask t = r.task();
            if (!t.isOpen()) {
                continue;
            }
            String key = r.path() + ":" + t.line();
            boolean inTheirMeeting = meetingPaths.contains(r.path());
            boolean aboutThem = concerning.contains(key) || inTheirMeeting;
            String owner = t.owner().strip().toLowerCase(Locale.ROOT);
            if (me.isMine(owner) && aboutThem) {
                iOwe.put(key, r);
            } else if (overview.kind() == NoteKind.PERSON ? theirNames.contains(owner)
                    : aboutThem && !owner.isEmpty() && !me.isMine(owner)) {
                theyOwe.put(key, r);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Prepare: ").append(entity.title()).append("\n\n");
        md.append("_Prepared ").append(today).append(" from ").append(overview.meetings().size())
                .append(overview.meetings().size() == 1 ? " meeting_" : " meetings_").append("\n\n");
        md.append("## Last meetings\n\n");
        List<IndexedNote> last = overview.meetings().subList(0, Math.min(LAST_MEETINGS, overview.meetings().size()));
        if (last.isEmpty()) {
            md.append("No meetings yet.\n\n");
        }
        for (IndexedNote m : last) {
            md.append("### [[").append(VaultPaths.name(m.path())).append("]]")
                    .append(m.date().map(d -> " · " + d).orElse("")).append("\n\n");
            List<String> decisions = SectionText.of(lines.apply(m.path()), "Decisions");
            if (decisions.isEmpty()) {
                md.append("No decisions recorded.\n");
            }
            decisions.forEach(d -> md.append(d).append('\n'));
            md.append('\n');
        }
        section(md, "What I owe", iOwe.values(), today);
        section(md, overview.kind() == NoteKind.PERSON ? "What " + entity.title() + " owes me"
                : "What others owe on " + entity.title(), theyOwe.values(), today);
        return md.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder md, String title, java.util.Collection<TaskRow> rows, LocalDate today) {
        md.append("## ").append(title).append(" (").append(rows.size()).append(")\n\n");
        if (rows.isEmpty()) {
            md.append("Nothing open.\n\n");
            return;
        }
        List<TaskRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((TaskRow r) -> r.task().due().orElse(LocalDate.MAX))
                .thenComparing(r -> r.task().priority()).thenComparing(TaskRow::path));
        for (TaskRow r : sorted) {
            IndexedTask t = r.task();
            md.append("- [ ] ").append(t.description());
            if (!t.owner().isEmpty()) {
                md.append(" @").append(t.owner());
            }
            t.due().ifPresent(d -> md.append(" · due ").append(d).append(d.isBefore(today) ? " (overdue)" : ""));
            md.append(" · from [[").append(VaultPaths.name(r.path())).append("]]\n");
        }
        md.append('\n');
    }

    private static Set<String> fold(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
