package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real note from a user's vault: synced across machines and returned as mojibake. */
class SampleNoteTest {
    private static ParsedNote note;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = SampleNoteTest.class.getResourceAsStream("/fixtures/sample-meeting.md")) {
            note = new NoteParser().parse("Meetings/sample.md", in.readAllBytes());
        }
    }

    @Test
    void isFlaggedAsMojibakeButNotOtherwiseDamaged() {
        assertEquals(java.util.Set.of(Damage.MOJIBAKE), note.damage());
    }

    @Test
    void readsAllTenActionItemsWithTheirFields() {
        assertEquals(10, note.tasks().size());
        TaskLine first = note.tasks().get(0);
        assertEquals(TaskStatus.OPEN, first.status());
        assertEquals("Kanchan Mehrotra", first.ownerRun());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), first.due());
        assertEquals(Priority.HIGH, first.priority());
        assertEquals(List.of("task"), first.tags());
        assertEquals("Action Items", first.heading());
        assertEquals(28, first.line());
        assertTrue(first.description().startsWith("Reach out to Kushal Bhatta to assess MAI’s appetite"),
                first.description());
        assertTrue(first.description().endsWith("plan-of-record hardware."), first.description());
    }

    @Test
    void countsOwnersAndPriorities() {
        Map<String, Long> owners = note.tasks().stream()
                .collect(Collectors.groupingBy(TaskLine::ownerRun, Collectors.counting()));
        assertEquals(Map.of("Kanchan Mehrotra", 6L, "Myself", 4L), owners);
        Map<Priority, Long> priorities = note.tasks().stream()
                .collect(Collectors.groupingBy(TaskLine::priority, Collectors.counting()));
        assertEquals(Map.of(Priority.HIGH, 9L, Priority.LOW, 1L), priorities);
    }

    @Test
    void isAMeetingWithItsProperties() {
        NoteProperties p = note.properties();
        assertTrue(p.isMeeting(), "type: customer with date and participants is a meeting");
        assertEquals(Optional.of("2025-11-06"), p.date());
        assertEquals(List.of("Microsoft"), p.accounts());
        assertEquals(List.of("Kanchan Mehrotra", "Jason Vallery"), p.participants());
        assertEquals(List.of("type/customer", "account/microsoft", "generated", "task"), note.tags());
    }

    @Test
    void findsEveryLinkIncludingTheRepairedSourceLink() {
        List<String> targets = note.links().stream().map(Link::target).toList();
        assertEquals(17, targets.size(), targets.toString());
        assertEquals("Microsoft", targets.get(0));
        assertTrue(targets.get(1).startsWith("Inbox/_archive/2025-11-06/2025-11-06 - Jason shared VAST’s momentum"));
        assertTrue(targets.get(1).endsWith("Microsoft’s A.md"), targets.get(1));
        assertEquals("Enscale deck", targets.get(16));
    }

    @Test
    void keepsHeadingsInOrder() {
        assertEquals(List.of("VAST momentum and Azure Apollo", "Summary", "Action Items", "Decisions",
                "Key Information", "Related"), note.headings().stream().map(Heading::text).toList());
    }
}
