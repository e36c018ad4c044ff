package io.vaultdesk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Writes meeting notes shaped like the real sample: frontmatter, title, summary, action items, related links. */
final class MeetingNotes {
    private final Random random;
    private final VaultPools pools;
    private final Prose prose;
    private final TaskLines tasks;
    private final Links links;
    private final MeetingFrontmatter frontmatter;

    MeetingNotes(Random random, VaultPools pools, Prose prose, TaskLines tasks, Links links) {
        this.random = random;
        this.pools = pools;
        this.prose = prose;
        this.tasks = tasks;
        this.links = links;
        this.frontmatter = new MeetingFrontmatter(random, links);
    }

    NoteDraft create(LocalDate date, Extras extras) {
        String type = type();
        Optional<NoteTarget> account = type.equals("internal") || random.nextInt(100) < 15
                ? Optional.empty() : Optional.of(pools.account());
        List<Participant> participants = participants();
        String title = prose.meetingTitle(account.map(NoteTarget::name).orElse("Team"), pools.project().name());
        String folder = "Meetings/" + date.getYear();
        NoteTarget self = new NoteTarget(folder, pools.names().claim(date + " - " + title));
        NoteDraft note = new NoteDraft(self.path());

        frontmatter.write(note, new MeetingFrontmatter.Meeting(type, title, date, account, participants));
        header(note, title, date, account, participants);
        String accountName = account.map(NoteTarget::name).orElse("the team");
        note.line("## Summary").line("").line(prose.summary(accountName));
        note.line("## Action Items");
        int taskCount = random.nextInt(9);
        if (extras.datedTask()) {
            tasks.appendDatedTask(note, date);
        } else if (taskCount == 0) {
            note.line("- None recorded.");
        }
        tasks.appendList(note, taskCount, date);
        note.line("").line("## Decisions");
        for (int i = random.nextInt(4); i >= 0; i--) {
            note.line("- " + prose.decision(accountName));
        }
        keyInformation(note, folder, accountName);
        extras(note, extras, date);
        related(note, account, participants);
        pools.rememberMeeting(self);
        return note;
    }

    /**
     * Rarer content, switched on per note by the caller. A dated task guarantees the note has non-ASCII text
     * (the 📅), which a mojibake copy needs to differ from the original at all.
     */
    record Extras(boolean fencedCode, boolean inlineCode, boolean htmlComment, boolean quotedTasks,
            boolean datedTask) {
    }

    private String type() {
        int roll = random.nextInt(100);
        return roll < 40 ? "customer" : roll < 75 ? "meeting" : "internal";
    }

    private List<Participant> participants() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            NoteTarget person = pools.person();
            if (participants.stream().noneMatch(p -> p.name().equals(person.name()))) {
                participants.add(new Participant(person.name(), Optional.of(person)));
            }
        }
        if (random.nextInt(100) < 15) {
            String guest = pools.externalPerson();
            if (participants.stream().noneMatch(p -> p.name().equals(guest))) {
                participants.add(new Participant(guest, Optional.empty()));
            }
        }
        return participants;
    }

    private void header(NoteDraft note, String title, LocalDate date, Optional<NoteTarget> account,
            List<Participant> participants) {
        note.line("").line("# " + title).line("").line("**Date**: " + date);
        account.ifPresent(a -> note.line("**Account**: [[" + a.name() + "]]"));
        account.ifPresent(a -> note.bodyLink(new LinkFact(a.name(), true)));
        note.line("**Attendees**: " + String.join(", ", participants.stream().map(Participant::name).toList()));
        note.line("");
    }

    private void keyInformation(NoteDraft note, String folder, String accountName) {
        note.line("").line("## Key Information");
        for (int i = 3 + random.nextInt(7); i >= 0; i--) {
            note.line("- " + prose.fact(accountName));
        }
        int roll = random.nextInt(100);
        if (roll < 25) {
            note.line("- Contact sheet: " + links.markdown(note, folder, pools.person()));
        } else if (roll < 32) {
            note.line("- Account plan: " + links.markdown(note, folder, pools.account()));
        } else if (roll < 36) {
            // Not a note: neither link counts.
            note.line("- Diagram: ![diagram](../../Attachments/diagram.png), site: [portal](https://example.com/a.md)");
        }
    }

    private void extras(NoteDraft note, Extras extras, LocalDate date) {
        if (extras.fencedCode()) {
            String fence = random.nextBoolean() ? "```" : "~~~";
            note.line("").line(fence + (fence.startsWith("`") ? "markdown" : ""))
                    .line("- [ ] Example task in a code block @Myself 📅 " + date + " ⏫ #task")
                    .line("See [[Link In Code]] for the template.")
                    .line(fence);
        }
        if (extras.inlineCode()) {
            note.line("").line("Tip: type `- [ ] x` at the start of a line to add a checkbox.");
        }
        if (extras.htmlComment()) {
            note.line("").line("<!-- - [ ] hidden [[Hidden Link]] -->");
            if (random.nextBoolean()) {
                note.line("").line("<!--").line("- [ ] hidden draft task @Myself 📅 " + date)
                        .line("[[Hidden Link]]").line("-->");
            }
        }
        if (extras.quotedTasks()) {
            note.line("");
            tasks.appendQuoted(note, 1 + random.nextInt(2), date);
        }
    }

    private void related(NoteDraft note, Optional<NoteTarget> account, List<Participant> participants) {
        note.line("").line("---").line("").line("## Related").line("");
        List<String> items = new ArrayList<>();
        account.ifPresent(a -> items.add(links.wikiOrDangling(note, a)));
        for (Participant participant : participants) {
            participant.note().ifPresentOrElse(person -> items.add(links.wikiOrDangling(note, person)), () -> {
                if (random.nextInt(100) < 30) {
                    items.add(links.unresolved(note, participant.name()));
                }
            });
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            items.add(links.wikiOrDangling(note, pools.project()));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(links.wikiOrDangling(note, pools.person()));
        }
        if (random.nextInt(100) < 20) {
            pools.earlierMeeting().ifPresent(meeting -> items.add(links.wikiOrDangling(note, meeting)));
        }
        items.forEach(item -> note.line("- " + item));
    }
}
