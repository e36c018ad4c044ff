package io.vaultdesk.cli;

import io.vaultdesk.index.VaultReport;
import io.vaultdesk.vault.Priority;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report's JSON shape: snake_case keys, priorities in their own order, zero counts left out. */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> of(VaultReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notes", r.notes());
        out.put("attachments", r.attachments());
        out.put("tasks_total", r.tasksTotal());
        out.put("tasks_open", r.tasksOpen());
        out.put("tasks_done", r.tasksDone());
        out.put("tasks_cancelled", r.tasksCancelled());
        out.put("tasks_in_progress", r.tasksInProgress());
        out.put("open_by_owner", r.openByOwner());
        out.put("open_without_owner", r.openWithoutOwner());
        out.put("due_by_date_open", r.dueByDateOpen());
        Map<String, Integer> priorities = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            Integer n = r.priorityOpen().get(p.key());
            if (n != null && n > 0) {
                priorities.put(p.key(), n);
            }
        }
        out.put("priority_open", priorities);
        out.put("meetings", r.meetings());
        out.put("meetings_by_account", r.meetingsByAccount());
        out.put("backlink_sources", r.backlinkSources());
        out.put("unresolved", r.unresolved());
        out.put("damaged", r.damagedNotes().size());
        out.put("damaged_notes", r.damagedNotes());
        return out;
    }
}
