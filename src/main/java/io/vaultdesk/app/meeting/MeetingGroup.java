package io.vaultdesk.app.meeting;

import java.util.List;

/** Meetings of one week or month (or all of them, ungrouped), newest first. */
public record MeetingGroup(String label, List<MeetingRow> rows) {
    public MeetingGroup {
        rows = List.copyOf(rows);
    }
}
