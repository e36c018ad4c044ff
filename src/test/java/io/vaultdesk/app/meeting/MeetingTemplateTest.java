package io.vaultdesk.app.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingTemplateTest {
    private static final MeetingDraft DRAFT = new MeetingDraft("Q4 review: pricing & \"next steps\"",
            LocalDate.of(2026, 11, 24), Optional.of("Nimbus Cloud"), List.of("Dana Whitfield", "Priya O'Neil"));

    private static ParsedNote parse(String text) {
        return new NoteParser().parse("m.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBuiltInTemplateMakesAMeetingWithTheSampleSections() {
        String text = MeetingTemplate.fill(MeetingTemplate.BUILT_IN, DRAFT);
        ParsedNote note = parse(text);
        assertTrue(note.frontmatter().isValid(), text);
        assertEquals(Optional.of("meeting"), note.properties().type());
        assertEquals(Optional.of("2026-11-24"), note.properties().date());
        assertEquals(List.of("Nimbus Cloud"), note.properties().accounts());
        assertEquals(List.of("Dana Whitfield", "Priya O'Neil"), note.properties().participants());
        assertEquals(List.of("Q4 review: pricing & \"next steps\"", "Summary", "Action Items", "Decisions",
                "Key Information", "Related"), note.headings().stream().map(Heading::text).toList());
        assertTrue(text.contains("## Related\n\n- [[Nimbus Cloud]]\n- [[Dana Whitfield]]\n- [[Priya O'Neil]]\n"),
                text);
    }

    @Test
    void theSampleVaultsTemplateIsFilledAsYaml() throws Exception {
        String template = Files.readString(Path.of("assets/sample-vault/Templates/Meeting.md"));
        String text = MeetingTemplate.fill(template, DRAFT);
        ParsedNote note = parse(text);
        assertTrue(note.frontmatter().isValid(), text);
        assertEquals(List.of("Q4 review: pricing & \"next steps\""), note.frontmatter().values().get("title"));
        assertEquals(List.of("Nimbus Cloud"), note.properties().accounts());
        assertEquals(List.of("Dana Whitfield", "Priya O'Neil"), note.properties().participants());
        assertTrue(text.contains("**Attendees**: [[Dana Whitfield]], [[Priya O'Neil]]"), text);
        assertTrue(text.contains("# Q4 review: pricing & \"next steps\"\n"), text);
    }

    @Test
    void placeholdersInListItemsAndWholeListValuesAreWrittenAsYaml() {
        String template = "---\naliases:\n  - {{title}}\nparticipants: {{participants}}\nwho: '{{participants}}'\n---\n";
        ParsedNote note = parse(MeetingTemplate.fill(template, DRAFT));
        assertTrue(note.frontmatter().isValid(), MeetingTemplate.fill(template, DRAFT));
        assertEquals(List.of("Q4 review: pricing & \"next steps\""), note.properties().aliases());
        assertEquals(List.of("Dana Whitfield", "Priya O'Neil"), note.properties().participants());
    }

    @Test
    void noAccountAndNoParticipantsLeaveNoEmptyItems() {
        MeetingDraft bare = new MeetingDraft("Solo", LocalDate.of(2026, 1, 2), Optional.empty(), List.of());
        String text = MeetingTemplate.fill(MeetingTemplate.BUILT_IN, bare);
        ParsedNote note = parse(text);
        assertTrue(note.frontmatter().isValid(), text);
        assertEquals(List.of(), note.properties().participants());
        assertEquals(List.of(), note.properties().accounts());
        assertTrue(text.endsWith("## Related\n\n"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Q4 review|Q4 review",
            "Pricing: next steps / owners|Pricing - next steps - owners",
            "What? *Really* <now>|What Really now",
            "[[Link]] #tag ^id|Link tag id",
            "  ...hidden.  |hidden",
            "Dana’s call|Dana’s call",
            "???|Meeting",
    })
    void titlesBecomeSafeFileNames(String title, String safe) {
        assertEquals(safe, MeetingFileName.safeTitle(title));
    }

    @Test
    void aLongTitleIsCutBetweenCharactersNotInsideOne() {
        String title = "x".repeat(119) + "😀 and more";
        String safe = MeetingFileName.safeTitle(title);
        assertEquals("x".repeat(119), safe);
        assertTrue(safe.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    }

    @Test
    void theFileGoesInTheYearsFolderAndATakenNameGetsANumber() {
        Set<String> taken = Set.of("Meetings/2026/2026-11-24 - Q4 review.md", "Meetings/2026/2026-11-24 - Q4 review 2.md");
        MeetingDraft draft = new MeetingDraft("Q4 review", LocalDate.of(2026, 11, 24), Optional.empty(), List.of());
        assertEquals("Meetings/2026/2026-11-24 - Q4 review 3.md",
                MeetingFileName.pathFor(draft, MeetingFileName.DEFAULT_FOLDER, taken::contains));
        assertEquals("Work/2026/11/2026-11-24 - Q4 review.md",
                MeetingFileName.pathFor(draft, "Work/{{year}}/{{month}}", taken::contains));
        assertEquals("2026-11-24 - Q4 review.md", MeetingFileName.pathFor(draft, "/", taken::contains));
        assertEquals("Meetings/2026-11-24 - Q4 review.md",
                MeetingFileName.pathFor(draft, "../Meetings/./", taken::contains), "never out of the vault");
    }
}
