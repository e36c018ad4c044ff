package io.vaultdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.meeting.MeetingFilter;
import io.vaultdesk.app.meeting.MeetingGroup;
import io.vaultdesk.app.meeting.MeetingGrouping;
import io.vaultdesk.app.meeting.MeetingList;
import io.vaultdesk.app.meeting.MeetingRow;
import io.vaultdesk.index.IndexProgress;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.index.TaskRow;
import io.vaultdesk.vault.NoteKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meetings table and the entity lists, on the sample vault. */
class MeetingsAndEntitiesTest {
    @TempDir
    Path temp;
    private OpenWorkspace workspace;

    @BeforeEach
    void open() throws Exception {
        Path vault = SampleVault.copyTo(temp.resolve("Sample vault"));
        workspace = OpenWorkspace.open(vault, Optional.of(temp.resolve("index")), temp.resolve("backups"),
                IndexProgress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static List<MeetingRow> rows(List<MeetingGroup> groups) {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    @Test
    void everyMeetingNewestFirstWithItsOverdueItems() throws Exception {
        List<MeetingGroup> all = workspace.meetings(MeetingFilter.ALL, MeetingGrouping.NONE);
        assertEquals(1, all.size());
        List<MeetingRow> rows = all.get(0).rows();
        assertEquals(18, rows.size());
        List<String> dates = rows.stream().map(r -> r.note().date().orElse("")).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);
        LocalDate today = workspace.today();
        Map<String, Long> overdue = workspace.tasks().stream()
                .filter(t -> t.task().isOpen() && t.task().due().map(d -> d.isBefore(today)).orElse(false))
                .collect(Collectors.groupingBy(TaskRow::path, Collectors.counting()));
        assertFalse(overdue.isEmpty(), "the sample vault has overdue items");
        for (MeetingRow r : rows) {
            assertEquals(overdue.getOrDefault(r.note().path(), 0L).intValue(), r.overdue(), r.note().path());
        }
    }

    @Test
    void filtersCombineAndGroupsFollowTheCalendar() throws Exception {
        List<MeetingRow> nimbus = rows(workspace.meetings(MeetingFilter.ALL.withAccount(Optional.of("nimbus cloud")),
                MeetingGrouping.NONE));
        assertFalse(nimbus.isEmpty());
        assertTrue(nimbus.stream().allMatch(r -> r.note().accounts().contains("Nimbus Cloud")));
        // someone who meets more than one account: the account narrows their meetings
        List<IndexedNote> meetings = workspace.catalog().notes(NoteKind.MEETING);
        String person = meetings.stream().flatMap(m -> m.participants().stream())
                .filter(p -> meetings.stream().filter(m -> m.participants().contains(p))
                        .flatMap(m -> m.accounts().stream()).distinct().count() > 1)
                .findFirst().orElseThrow();
        String account = meetings.stream().filter(m -> m.participants().contains(person)).findFirst()
                .orElseThrow().accounts().get(0);
        List<MeetingRow> theirs = rows(workspace.meetings(
                MeetingFilter.ALL.withParticipant(Optional.of(person.toUpperCase())), MeetingGrouping.NONE));
        List<MeetingRow> both = rows(workspace.meetings(MeetingFilter.ALL.withParticipant(Optional.of(person))
                .withAccount(Optional.of(account)), MeetingGrouping.NONE));
        assertFalse(both.isEmpty());
        assertTrue(both.size() < theirs.size(), person + " with " + account);
        assertTrue(both.stream().allMatch(r -> r.note().participants().contains(person)
                && r.note().accounts().contains(account)));
        List<MeetingRow> november = rows(workspace.meetings(MeetingFilter.ALL.withDates(
                Optional.of(LocalDate.of(2026, 11, 1)), Optional.of(LocalDate.of(2026, 11, 30))), MeetingGrouping.NONE));
        assertTrue(november.stream().allMatch(r -> r.note().date().orElseThrow().startsWith("2026-11")));
        List<MeetingGroup> months = workspace.meetings(MeetingFilter.ALL, MeetingGrouping.MONTH);
        assertEquals("November 2026", months.get(0).label());
        assertEquals(november.size(), months.get(0).rows().size());
        List<MeetingGroup> weeks = workspace.meetings(MeetingFilter.ALL, MeetingGrouping.WEEK);
        assertTrue(weeks.get(0).label().startsWith("Week 48, 2026"), weeks.get(0).label());
        assertEquals(18, rows(weeks).size());
        assertTrue(rows(workspace.meetings(MeetingFilter.ALL.withText("nimbus exascale"), MeetingGrouping.NONE))
                .stream().allMatch(r -> r.note().title().toLowerCase().contains("exascale")));
    }

    @Test
    void peopleAndAccountsCountTheirMeetingsAsTheirPageDoes() throws Exception {
        List<EntityRow> people = workspace.entities(NoteKind.PERSON);
        assertEquals(10, people.size());
        EntityRow dana = people.stream().filter(p -> p.note().name().equals("Dana Whitfield")).findFirst()
                .orElseThrow();
        EntityOverview page = workspace.overview(dana.note().path()).orElseThrow();
        assertEquals(page.meetings().size(), dana.meetings());
        assertEquals(MeetingList.date(page.meetings().get(0)), dana.lastMeeting());
        long owned = workspace.tasks().stream().filter(t -> t.task().isOpen()
                && t.task().owner().equalsIgnoreCase("Dana Whitfield")).count();
        assertEquals(owned, dana.openTasks());

        EntityRow nimbus = workspace.entities(NoteKind.ACCOUNT).stream()
                .filter(a -> a.note().name().equals("Nimbus Cloud")).findFirst().orElseThrow();
        EntityOverview account = workspace.overview(nimbus.note().path()).orElseThrow();
        assertEquals(account.meetings().size(), nimbus.meetings());
        assertEquals(account.meetings().stream().mapToInt(IndexedNote::openTasks).sum(), nimbus.openTasks());
        assertFalse(nimbus.goneQuiet(workspace.today(), 60));
        assertTrue(nimbus.goneQuiet(nimbus.lastMeeting().orElseThrow().plusDays(61), 60));
    }

    @Test
    void preparingForAnAccountGathersTheLastDecisionsAndOpenItemsBothWays() throws Exception {
        String md = workspace.prepare("Accounts/Nimbus Cloud.md", List.of("Myself")).orElseThrow();
        EntityOverview account = workspace.overview("Accounts/Nimbus Cloud.md").orElseThrow();
        assertTrue(md.startsWith("# Prepare: Nimbus Cloud\n"), md);
        IndexedNote latest = account.meetings().get(0);
        assertTrue(md.contains("### [[" + latest.name() + "]] · " + latest.date().orElseThrow()), md);
        List<String> decisions = io.vaultdesk.app.meeting.SectionText.of(java.nio.file.Files.readAllLines(
                workspace.root().resolve(latest.path())), "Decisions");
        assertFalse(decisions.isEmpty());
        assertTrue(md.contains(String.join("\n", decisions)), md);
        assertEquals(3, md.split("\n### ").length - 1, "the last three meetings");
        java.util.Set<String> nimbus = account.meetings().stream().map(IndexedNote::path)
                .collect(Collectors.toSet());
        long mine = workspace.tasks().stream().filter(t -> t.task().isOpen() && nimbus.contains(t.path())
                && t.task().owner().equals("Myself")).count();
        long others = workspace.tasks().stream().filter(t -> t.task().isOpen() && nimbus.contains(t.path())
                && !t.task().owner().isEmpty() && !t.task().owner().equals("Myself")).count();
        assertTrue(md.contains("## What I owe (" + mine + ")"), md);
        assertTrue(md.contains("## What others owe on Nimbus Cloud (" + others + ")"), md);
        assertTrue(mine > 0 && others > 0);
        assertEquals(Optional.empty(), workspace.prepare(latest.path(), List.of("Myself")), "not for a meeting");
    }

    @Test
    void preparingForAPersonListsWhatTheyOwe() throws Exception {
        String md = workspace.prepare("People/Dana Whitfield.md", List.of("Myself")).orElseThrow();
        long theirs = workspace.tasks().stream().filter(t -> t.task().isOpen()
                && t.task().owner().equals("Dana Whitfield")).count();
        assertTrue(md.contains("## What Dana Whitfield owes me (" + theirs + ")"), md);
        assertTrue(md.contains(" @Dana Whitfield"), md);
    }

    @Test
    void aSectionIsTheLinesUnderItsHeading() {
        List<String> lines = List.of("# M", "## Decisions", "<!-- hint", "still hint -->", "- Go with plan B",
                "", "### Detail", "- under it", "## Key Information", "- not this");
        assertEquals(List.of("- Go with plan B", "### Detail", "- under it"),
                io.vaultdesk.app.meeting.SectionText.of(lines, "decisions"));
        assertEquals(List.of(), io.vaultdesk.app.meeting.SectionText.of(lines, "Summary"));
    }

    @Test
    void newPeopleAccountsAndProjectsGoInTheirFoldersAsTheirKind() throws Exception {
        NewNote person = workspace.createEntity(new io.vaultdesk.app.meeting.EntityDraft(NoteKind.PERSON,
                "Zoë O'Hara", Optional.of("CTO"), Optional.of("Nimbus Cloud")));
        assertEquals(Optional.of("People/Zoë O'Hara.md"), person.path());
        IndexedNote zoe = workspace.catalog().byPath("People/Zoë O'Hara.md").orElseThrow();
        assertEquals(NoteKind.PERSON, VaultCatalog.kindOf(zoe));
        String text = java.nio.file.Files.readString(workspace.root().resolve("People/Zoë O'Hara.md"));
        assertEquals("---\ntype: person\nrole: 'CTO'\ncompany: '[[Nimbus Cloud]]'\n---\n\n# Zoë O'Hara\n\n## Notes\n\n",
                text);
        NewNote project = workspace.createEntity(new io.vaultdesk.app.meeting.EntityDraft(NoteKind.PROJECT,
                "Atlas: phase 2", Optional.empty(), Optional.of("Corvid AI")));
        assertEquals(Optional.of("Projects/Atlas - phase 2.md"), project.path());
        assertEquals(NoteKind.PROJECT, VaultCatalog.kindOf(workspace.catalog().byPath(project.path().get())
                .orElseThrow()));
        NewNote again = workspace.createEntity(new io.vaultdesk.app.meeting.EntityDraft(NoteKind.ACCOUNT,
                "nimbus cloud", Optional.empty(), Optional.empty()));
        assertEquals(Optional.of("Accounts/Nimbus Cloud.md"), again.path(), "the existing note, not a second one");
        assertTrue(again.message().contains("already exists"));
        assertEquals(Optional.empty(), workspace.createEntity(new io.vaultdesk.app.meeting.EntityDraft(
                NoteKind.PERSON, "  ", Optional.empty(), Optional.empty())).path());
    }
}
