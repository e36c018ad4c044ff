package io.vaultdesk.app.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the New meeting form asks for.
 *
 * @param account      an account's note name, as a link target ("Nimbus Cloud"); empty for none
 * @param participants people's note names, as link targets
 */
public record MeetingDraft(String title, LocalDate date, Optional<String> account, List<String> participants) {
    public MeetingDraft {
        title = title == null ? "" : title.strip();
        account = account.map(String::strip).filter(a -> !a.isEmpty());
        participants = participants.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }
}
