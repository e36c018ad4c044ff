package io.vaultdesk.app.meeting;

/** How the meetings table groups its rows. */
public enum MeetingGrouping {
    NONE, WEEK, MONTH
}
