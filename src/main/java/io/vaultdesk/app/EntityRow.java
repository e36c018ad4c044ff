package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person, account or project in its list: when it last had a meeting, how many, and its open tasks (a person's
 * own; an account's or project's: those in its meetings).
 */
public record EntityRow(IndexedNote note, Optional<LocalDate> lastMeeting, int meetings, int openTasks) {
    /** No meeting for more than {@code days} days (or none at all): time to get in touch. */
    public boolean goneQuiet(LocalDate today, int days) {
        return lastMeeting.map(d -> d.isBefore(today.minusDays(days))).orElse(true);
    }
}
