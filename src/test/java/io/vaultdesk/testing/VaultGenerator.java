package io.vaultdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic vault of Markdown meeting notes, and computes while writing what a correct
 * indexer must report about it. The same seed, options and size always give byte-identical files.
 */
public final class VaultGenerator {
    private static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 24);
    private static final int MEETING_HISTORY_DAYS = 3 * 365;
    private static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final long seed;
    private boolean damage = true;
    private LocalDate today = DEFAULT_TODAY;

    public VaultGenerator(long seed) {
        this.seed = seed;
    }

    /** Whether to write the damaged files (mojibake, CRLF, BOM, broken YAML, empty, binary, invalid UTF-8). */
    public VaultGenerator withDamage(boolean damage) {
        this.damage = damage;
        return this;
    }

    /** The day meeting and due dates are spread around. */
    public VaultGenerator withToday(LocalDate today) {
        this.today = Objects.requireNonNull(today);
        return this;
    }

    /** Writes a vault of about {@code notes} .md files under dir and returns what a correct indexer must report. */
    public GeneratedVault generate(Path dir, int notes) throws IOException {
        if (notes < 1) {
            throw new IllegalArgumentException("A vault needs at least one note, not " + notes);
        }
        requireEmptyOrAbsent(dir);
        Random random = new Random(seed);
        VaultPlan plan = VaultPlan.of(notes, damage);
        VaultPools pools = new VaultPools(random, new NamePool(random), plan.people(), plan.accounts(),
                plan.projects());
        Prose prose = new Prose(random, pools);
        TaskLines tasks = new TaskLines(random, pools, prose, today);
        Links links = new Links(random, prose, pools);
        ExpectedTally tally = new ExpectedTally();
        VaultFiles files = new VaultFiles(dir, tally);

        writeReferenceNotes(files, new ReferenceNotes(random, pools, prose, tasks, links, today), pools, plan);
        writeMeetings(files, new MeetingNotes(random, pools, prose, tasks, links), random, pools, plan);
        if (plan.damaged()) {
            writeContentlessNotes(files, random, pools.names());
        }
        writeFilesThatAreNotNotes(files, pools);
        return new GeneratedVault(dir, tally.toExpected());
    }

    private static void writeReferenceNotes(VaultFiles files, ReferenceNotes reference, VaultPools pools,
            VaultPlan plan) throws IOException {
        for (NoteTarget person : pools.people()) {
            files.note(reference.person(person), Damage.NONE);
        }
        for (NoteTarget account : pools.accounts()) {
            files.note(reference.account(account), Damage.NONE);
        }
        for (NoteTarget project : pools.projects()) {
            files.note(reference.project(project), Damage.NONE);
        }
        for (int i = 0; i < plan.plainNotes(); i++) {
            files.note(reference.plain(), Damage.NONE);
        }
    }

    private void writeMeetings(VaultFiles files, MeetingNotes meetings, Random random, VaultPools pools,
            VaultPlan plan) throws IOException {
        Damage[] damageOf = plan.meetingDamage(random);
        for (int i = 0; i < plan.meetings(); i++) {
            LocalDate date = today.minusDays(random.nextInt(MEETING_HISTORY_DAYS));
            NoteDraft note = meetings.create(date, extras(i, random, damageOf[i] == Damage.MOJIBAKE));
            damageOf[i].prepare(note, pools.person().name());
            files.note(note, damageOf[i]);
        }
    }

    /** The first meetings carry one of each rare construct, so even a tiny vault has them all. */
    private static MeetingNotes.Extras extras(int index, Random random, boolean mojibake) {
        return new MeetingNotes.Extras(
                index == 0 || random.nextInt(100) < 2,
                index == 1 || random.nextInt(100) < 2,
                index == 2 || random.nextInt(100) < 2,
                index == 3 || random.nextInt(100) < 3,
                mojibake);
    }

    private static void writeContentlessNotes(VaultFiles files, Random random, NamePool names) throws IOException {
        files.contentlessNote("Inbox/" + names.claim("Untitled") + ".md", new byte[0], false);
        byte[] binary = new byte[1024];
        random.nextBytes(binary);
        for (int i = 0; i < binary.length; i += 7) {
            binary[i] = 0;
        }
        files.contentlessNote("Inbox/" + names.claim("Scan 0001") + ".md", binary, true);
    }

    private static void writeFilesThatAreNotNotes(VaultFiles files, VaultPools pools) throws IOException {
        String somePerson = pools.person().name();
        files.notANote(".obsidian/workspace.json",
                "{\"main\":{\"id\":\"a1\",\"type\":\"split\"},\"lastOpenFiles\":[\"People/" + somePerson + ".md\"]}\n");
        files.notANote(".obsidian/app.json", "{\"alwaysUpdateLinks\":true}\n");
        files.notANote(".trash/old.md", "---\ntype: meeting\ndate: 2020-01-01\nparticipants: [" + somePerson
                + "]\n---\n\n# Deleted\n\n- [ ] Deleted task @Myself 📅 2020-01-02 ⏫ #task\n- [[" + somePerson
                + "]]\n- [[Trashed Link]]\n");
        files.notANote("Attachments/diagram.png", ONE_PIXEL_PNG);
    }

    private static void requireEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("Refusing to generate into non-empty " + dir
                        + ": leftover files would make the expected counts wrong");
            }
        }
    }
}
