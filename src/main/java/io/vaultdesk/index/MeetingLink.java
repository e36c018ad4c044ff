package io.vaultdesk.index;

/** A meeting that links to a note (a person, an account, a project…), by their ids. */
public record MeetingLink(int meetingId, int targetId) {
}
