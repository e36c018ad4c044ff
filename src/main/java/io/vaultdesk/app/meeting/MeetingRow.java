package io.vaultdesk.app.meeting;

import io.vaultdesk.index.IndexedNote;

/** A meeting in the meetings table, with its open action items that are past due. */
public record MeetingRow(IndexedNote note, int overdue) {
}
