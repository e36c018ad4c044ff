package io.vaultdesk.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Writes a meeting note's YAML frontmatter in the styles real vaults mix (quoted and bare dates, block and flow
 * lists, plain and linked accounts), and records whether it makes the note a meeting.
 */
final class MeetingFrontmatter {
    private final Random random;
    private final Links links;

    MeetingFrontmatter(Random random, Links links) {
        this.random = random;
        this.links = links;
    }

    record Meeting(String type, String title, LocalDate date, Optional<NoteTarget> account,
            List<Participant> participants) {
    }

    void write(NoteDraft note, Meeting meeting) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("type: ").append(meeting.type()).append('\n');
        yaml.append("title: ").append(meeting.title()).append('\n');
        boolean hasDate = random.nextInt(100) < 93;
        if (hasDate) {
            yaml.append("date: ").append(dateValue(meeting.date())).append('\n');
        }
        meeting.account().ifPresent(account -> yaml.append("account: ").append(accountValue(note, account))
                .append('\n'));
        String peopleKey = peopleKey();
        if (!peopleKey.isEmpty()) {
            appendPeople(yaml, note, peopleKey, meeting.participants());
        }
        if (random.nextInt(100) < 60) {
            yaml.append("source: transcript\n");
        }
        if (random.nextInt(100) < 20) {
            yaml.append("source_ref: Inbox/_archive/").append(meeting.date()).append('/').append(meeting.date())
                    .append(" - ").append(meeting.title()).append(".md\n");
        }
        appendTags(yaml, meeting);
        note.frontmatter(yaml.toString());
        boolean isMeeting = meeting.type().equals("meeting") || (hasDate && !peopleKey.isEmpty());
        note.meeting(isMeeting, meeting.account().map(NoteTarget::name));
    }

    private String dateValue(LocalDate date) {
        return switch (random.nextInt(3)) {
            case 0 -> "'" + date + "'";
            case 1 -> "\"" + date + "\"";
            default -> date.toString();
        };
    }

    private String accountValue(NoteDraft note, NoteTarget account) {
        return random.nextBoolean() ? account.name() : links.frontmatter(note, account);
    }

    /** "participants", "attendees", or "" for a note that lists nobody. */
    private String peopleKey() {
        int roll = random.nextInt(100);
        return roll < 80 ? "participants" : roll < 92 ? "attendees" : "";
    }

    private void appendPeople(StringBuilder yaml, NoteDraft note, String key, List<Participant> participants) {
        boolean asLinks = random.nextInt(100) < 15;
        List<String> values = participants.stream().map(p -> personValue(note, p, asLinks)).toList();
        if (random.nextInt(100) < 20) {
            yaml.append(key).append(": [").append(String.join(", ", values)).append("]\n");
            return;
        }
        yaml.append(key).append(":\n");
        values.forEach(value -> yaml.append("- ").append(value).append('\n'));
    }

    private String personValue(NoteDraft note, Participant participant, boolean asLinks) {
        return asLinks && participant.note().isPresent()
                ? links.frontmatter(note, participant.note().get()) : participant.name();
    }

    private void appendTags(StringBuilder yaml, Meeting meeting) {
        String typeTag = "type/" + meeting.type();
        Optional<String> accountTag = meeting.account()
                .map(a -> "account/" + a.name().toLowerCase(Locale.ROOT).replace(' ', '-'));
        if (random.nextInt(100) < 25) {
            yaml.append("tags: [").append(typeTag).append(accountTag.map(t -> ", " + t).orElse(""))
                    .append(", generated]\n");
            return;
        }
        yaml.append("tags:\n- ").append(typeTag).append('\n');
        accountTag.ifPresent(tag -> yaml.append("- ").append(tag).append('\n'));
        yaml.append("- generated\n");
    }
}
