package io.vaultdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The people, accounts and projects of a vault, decided before any note is written so links can point at them. */
final class VaultPools {
    static final String MYSELF = "Myself";
    private static final int RECENT_MEETINGS_KEPT = 200;

    private final Random random;
    private final NamePool names;
    private final List<NoteTarget> people = new ArrayList<>();
    private final List<NoteTarget> accounts = new ArrayList<>();
    private final List<NoteTarget> projects = new ArrayList<>();
    private final List<String> externalPeople = new ArrayList<>();
    private final List<NoteTarget> recentMeetings = new ArrayList<>();
    private final int unresolvedSpread;

    VaultPools(Random random, NamePool names, int people, int accounts, int projects) {
        this.random = random;
        this.names = names;
        for (int i = 0; i < people; i++) {
            this.people.add(new NoteTarget("People", names.person()));
        }
        for (int i = 0; i < accounts; i++) {
            this.accounts.add(new NoteTarget("Accounts", names.company()));
        }
        for (int i = 0; i < projects; i++) {
            this.projects.add(new NoteTarget("Projects", names.project()));
        }
        // People who attend meetings and own tasks but have no note of their own, as in real vaults.
        for (int i = 0; i < Math.max(3, people / 10); i++) {
            externalPeople.add(names.person());
        }
        unresolvedSpread = Math.max(5, (people + accounts + projects) / 4);
    }

    List<NoteTarget> people() {
        return List.copyOf(people);
    }

    List<NoteTarget> accounts() {
        return List.copyOf(accounts);
    }

    List<NoteTarget> projects() {
        return List.copyOf(projects);
    }

    NoteTarget person() {
        return pick(people);
    }

    NoteTarget account() {
        return pick(accounts);
    }

    NoteTarget project() {
        return pick(projects);
    }

    String externalPerson() {
        return pick(externalPeople);
    }

    /** A task owner as written after `@`: a person with or without a note, or "Myself". */
    String owner() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return MYSELF;
        }
        return roll < 88 ? person().name() : externalPerson();
    }

    /** A name no note has, drawn from a small range so several notes share the same dangling target. */
    String unresolvedTarget() {
        return names.unresolvedTarget(unresolvedSpread);
    }

    void rememberMeeting(NoteTarget meeting) {
        if (recentMeetings.size() == RECENT_MEETINGS_KEPT) {
            recentMeetings.remove(0);
        }
        recentMeetings.add(meeting);
    }

    Optional<NoteTarget> earlierMeeting() {
        return recentMeetings.isEmpty() ? Optional.empty() : Optional.of(pick(recentMeetings));
    }

    NamePool names() {
        return names;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
