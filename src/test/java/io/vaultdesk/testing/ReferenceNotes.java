package io.vaultdesk.testing;

import java.time.LocalDate;
import java.util.Random;

/** Writes the notes meetings link to (people, accounts, projects) and plain notes with no frontmatter. */
final class ReferenceNotes {
    private static final String[] PROJECT_STATUSES = {"active", "paused", "done", "proposed"};

    private final Random random;
    private final VaultPools pools;
    private final Prose prose;
    private final TaskLines tasks;
    private final Links links;
    private final LocalDate today;

    ReferenceNotes(Random random, VaultPools pools, Prose prose, TaskLines tasks, Links links, LocalDate today) {
        this.random = random;
        this.pools = pools;
        this.prose = prose;
        this.tasks = tasks;
        this.links = links;
        this.today = today;
    }

    NoteDraft person(NoteTarget person) {
        NoteDraft note = new NoteDraft(person.path());
        StringBuilder yaml = new StringBuilder("type: person\n");
        if (random.nextInt(100) < 40) {
            yaml.append("aliases: [").append(person.name().split(" ")[0]).append("]\n");
        }
        if (random.nextBoolean()) {
            yaml.append("company: ").append(links.frontmatter(note, pools.account())).append('\n');
        }
        yaml.append("role: ").append(prose.role()).append('\n');
        note.frontmatter(yaml.toString());
        note.line("").line("# " + person.name()).line("").line(prose.paragraph("their team")).line("");
        note.line("## Notes");
        note.line("- Works with " + links.wikiOrDangling(note, colleagueOf(person)) + " on "
                + links.wikiOrDangling(note, pools.project()) + ".");
        note.line("- " + prose.fact("their company"));
        if (random.nextInt(100) < 30) {
            note.line("").line("## Follow-ups");
            tasks.appendList(note, 1 + random.nextInt(2), someRecentDay());
        }
        return note;
    }

    NoteDraft account(NoteTarget account) {
        NoteDraft note = new NoteDraft(account.path());
        StringBuilder yaml = new StringBuilder("type: account\n");
        if (random.nextInt(100) < 60) {
            yaml.append("owner: ").append(links.frontmatter(note, pools.person())).append('\n');
        }
        yaml.append("tier: ").append(1 + random.nextInt(3)).append('\n');
        note.frontmatter(yaml.toString());
        note.line("").line("# " + account.name()).line("").line(prose.paragraph(account.name())).line("");
        note.line("## Contacts");
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            note.line("- " + links.wikiOrDangling(note, pools.person()) + " (" + prose.role() + ")");
        }
        note.line("").line("## Projects");
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            note.line("- " + links.wikiOrDangling(note, pools.project()));
        }
        return note;
    }

    NoteDraft project(NoteTarget project) {
        NoteDraft note = new NoteDraft(project.path());
        StringBuilder yaml = new StringBuilder("type: project\n");
        yaml.append("status: ").append(PROJECT_STATUSES[random.nextInt(PROJECT_STATUSES.length)]).append('\n');
        // A linked account on a note that is not a meeting: a backlink, but no meeting for the account.
        if (random.nextInt(100) < 70) {
            yaml.append("account: ").append(links.frontmatter(note, pools.account())).append('\n');
        }
        yaml.append("owner: ").append(links.frontmatter(note, pools.person())).append('\n');
        note.frontmatter(yaml.toString());
        note.line("").line("# " + project.name()).line("").line(prose.paragraph("the customer")).line("");
        note.line("## Tasks");
        int taskCount = random.nextInt(5);
        if (taskCount == 0) {
            note.line("- Nothing open.");
        }
        tasks.appendList(note, taskCount, someRecentDay());
        note.line("").line("## Links");
        note.line("- Sponsor: " + links.wikiOrDangling(note, pools.person()));
        note.line("- Account plan: " + links.markdown(note, project.folder(), pools.account()));
        return note;
    }

    /** A note with no frontmatter at all, in the vault root or in Notes/. */
    NoteDraft plain() {
        String folder = random.nextBoolean() ? "" : "Notes";
        NoteTarget self = new NoteTarget(folder, pools.names().claim(prose.noteTitle()));
        NoteDraft note = new NoteDraft(self.path());
        note.line("# " + self.name()).line("");
        note.line("Thoughts after talking to " + links.wikiOrDangling(note, pools.person()) + " about "
                + links.wikiOrDangling(note, pools.account()) + ". " + prose.paragraph("the customer"));
        note.line("").line("See also " + links.markdown(note, folder, pools.person()) + ".");
        int taskCount = random.nextInt(4);
        if (taskCount > 0) {
            note.line("");
            tasks.appendList(note, taskCount, someRecentDay());
        }
        return note;
    }

    /** Another person: a note never links to itself, where backlink conventions differ. */
    private NoteTarget colleagueOf(NoteTarget person) {
        NoteTarget colleague = pools.person();
        while (colleague.equals(person)) {
            colleague = pools.person();
        }
        return colleague;
    }

    private LocalDate someRecentDay() {
        return today.minusDays(random.nextInt(200));
    }
}
