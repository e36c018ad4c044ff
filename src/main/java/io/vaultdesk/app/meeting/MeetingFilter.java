package io.vaultdesk.app.meeting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the meetings table shows; the parts combine. Account and participant match a meeting's frontmatter
 * (a link reduced to its target) case-insensitively; the text every word of title, path, account or participants.
 */
public record MeetingFilter(Optional<String> account, Optional<String> participant, Optional<LocalDate> from,
                            Optional<LocalDate> to, Optional<String> tag, String text) {
    public static final MeetingFilter ALL = new MeetingFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), "");

    public MeetingFilter {
        text = text == null ? "" : text.strip();
    }

    public MeetingFilter withAccount(Optional<String> v) {
        return new MeetingFilter(v, participant, from, to, tag, text);
    }

    public MeetingFilter withParticipant(Optional<String> v) {
        return new MeetingFilter(account, v, from, to, tag, text);
    }

    public MeetingFilter withDates(Optional<LocalDate> f, Optional<LocalDate> t) {
        return new MeetingFilter(account, participant, f, t, tag, text);
    }

    public MeetingFilter withTag(Optional<String> v) {
        return new MeetingFilter(account, participant, from, to, v, text);
    }

    public MeetingFilter withText(String v) {
        return new MeetingFilter(account, participant, from, to, tag, v);
    }
}
