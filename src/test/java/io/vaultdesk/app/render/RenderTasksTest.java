package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.vault.TaskStatus;
import io.vaultdesk.vault.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderTasksTest {
    private static final Clock NOV_10_2025 = Clock.fixed(Instant.parse("2025-11-10T12:00:00Z"), ZoneOffset.UTC);
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(
            new MemoryVault().note("People/Ann.md", "# Ann\n"), NOV_10_2025);

    private static List<PageChecker.Tag> checkboxes(String page) {
        return PageChecker.tags(PageChecker.article(page)).stream().filter(t -> t.name().equals("input")).toList();
    }

    @Test
    void everyTaskFormIsACheckboxWithItsFileLine() {
        String text = String.join("\n",
                "---",
                "type: meeting",
                "---",
                "- [ ] open",
                "- [x] done",
                "- [X] done too",
                "- [-] cancelled",
                "- [/] in progress",
                "* [ ] star",
                "+ [ ] plus",
                "1. [ ] ordered",
                "2) [ ] ordered paren",
                "- parent",
                "    - [ ] nested",
                "> - [ ] quoted",
                "- [?] custom status");
        RenderedNote note = renderer.render("M.md", text, Theme.LIGHT);
        List<PageChecker.Tag> boxes = checkboxes(note.html());
        assertEquals(List.of("4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "15", "16"),
                boxes.stream().map(t -> t.attributes().get("data-task-line")).toList(), note.html());
        assertEquals(List.of(false, true, true, false, false, false, false, false, false, false, false, false),
                boxes.stream().map(t -> t.attributes().containsKey("checked")).toList());
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16), note.tasks().stream().map(RenderedTask::line).toList());
        assertEquals(TaskStatus.CANCELLED, note.tasks().get(3).status());
        assertTrue(note.html().contains("<li class=\"task task-cancelled\" data-task=\"-\" data-line=\"7\">"), note.html());
        assertTrue(note.html().contains("<li class=\"task task-in-progress\" data-task=\"/\" data-line=\"8\">"), note.html());
        assertTrue(note.html().contains("<span class=\"task-marker\" title=\"In progress\">In progress</span>"));
        assertTrue(note.html().contains("li.task-cancelled > .task-body > .task-text { text-decoration: line-through;"));
        assertFalse(PageChecker.article(note.html()).contains("[ ]"), "the brackets are the checkbox now");
    }

    @Test
    void nothingInCodeOrCommentsIsATask() {
        String text = String.join("\n",
                "```",
                "- [ ] in a fence",
                "```",
                "",
                "    - [ ] indented code",
                "",
                "<!--",
                "- [ ] in a comment",
                "-->",
                "",
                "`- [ ] inline code`",
                "",
                "- [ ] real one");
        RenderedNote note = renderer.render("M.md", text, Theme.LIGHT);
        assertEquals(List.of(13), note.tasks().stream().map(RenderedTask::line).toList());
        assertEquals(1, checkboxes(note.html()).size());
        assertFalse(note.html().contains("in a comment"), "comments are hidden, as in Obsidian");
        assertTrue(note.html().contains("- [ ] in a fence"), "code shows as code");
    }

    @Test
    void fieldsShowAsPillsIconsAndOwner() {
        String text = "- [ ] Call [[Ann]] about `#notatag` #deal @Ann 📅 2025-11-08 ⏫ 🔁 every week ⏳ 2025-11-12 #task\n"
                + "- [ ] Later @Bob 📅 2025-11-10 🔽\n"
                + "- [x] Shipped 📅 2025-11-01 ✅ 2025-11-02\n";
        RenderedNote note = renderer.render("M.md", text, Theme.LIGHT);
        String html = PageChecker.article(note.html());
        assertTrue(html.contains("<span class=\"task-text\">Call <a class=\"internal\" href=\"vaultdesk://note/People%2FAnn.md\""),
                html);
        // As in Obsidian Tasks, fields are read from the end in any order: "#deal" before "@Ann" is a field too.
        assertTrue(html.contains("about <code>#notatag</code></span> <span class=\"owner\">@Ann</span>"), html);
        assertTrue(html.contains("<span class=\"owner\">@Ann</span>"), html);
        assertTrue(html.contains("<span class=\"priority priority-high\" title=\"High priority\">⏫</span>"), html);
        assertTrue(html.contains("<span class=\"pill due overdue\" title=\"Due 2025-11-08\"><span class=\"pill-icon\">📅</span>2025-11-08</span>"), html);
        assertTrue(html.contains("<span class=\"pill recurrence\" title=\"Repeats every week\">"), html);
        assertTrue(html.contains("<span class=\"pill scheduled\" title=\"Scheduled 2025-11-12\">"), html);
        assertTrue(html.contains("<span class=\"tag\">#task</span>"), html);
        assertTrue(html.contains("<span class=\"tag\">#deal</span> <span class=\"tag\">#task</span>"), html);
        assertTrue(html.contains("<span class=\"pill due due-today\""), html);
        assertTrue(html.contains("<span class=\"priority priority-low\" title=\"Low priority\">🔽</span>"), html);
        assertTrue(html.contains("<span class=\"pill due\" title=\"Due 2025-11-01\">"), "a done task is not overdue");
        assertTrue(html.contains("<span class=\"pill done\" title=\"Done 2025-11-02\">"), html);
        assertFalse(html.contains("📅 2025"), "no field is left as raw text");
    }

    @Test
    void anOwnerInsideTheTextIsHighlightedWhereItStands() {
        String html = PageChecker.article(renderer.render("M.md", "- [ ] Ask @Ann about #x today 📅 2025-12-01\n",
                Theme.LIGHT).html());
        assertTrue(html.contains("<span class=\"task-text\">Ask <span class=\"owner\">@Ann about</span> "
                + "<span class=\"tag\">#x</span> today</span>"), html);
        assertEquals(1, html.split("#x", -1).length - 1, "an inline tag is not repeated as a field: " + html);
        assertEquals(1, html.split("@Ann", -1).length - 1, "nor is an inline owner: " + html);
    }

    @Test
    void theMojibakeSampleShowsItsTasksWithRealEmoji() throws IOException {
        byte[] bytes;
        try (InputStream in = RenderTasksTest.class.getResourceAsStream("/fixtures/sample-meeting.md")) {
            bytes = in.readAllBytes();
        }
        String text = new TextDecoder().decode(bytes).text();
        RenderedNote note = renderer.render("Meetings/2025-11-06 - VAST momentum and Azure Apollo.md", text, Theme.DARK);
        PageChecker.assertSafe(note.html());
        assertEquals(List.of(28, 29, 30, 31, 32, 33, 34, 35, 36, 37), note.tasks().stream().map(RenderedTask::line).toList());
        assertEquals(10, checkboxes(note.html()).size());
        String html = PageChecker.article(note.html());
        assertEquals(9, html.split("title=\"High priority\">⏫</span>", -1).length - 1, html);
        assertEquals(1, html.split("title=\"Low priority\">🔽</span>", -1).length - 1, html);
        assertEquals(10, html.split("<span class=\"pill-icon\">📅</span>2025-11-08</span>", -1).length - 1, html);
        assertEquals(6, html.split("<span class=\"owner\">@Kanchan Mehrotra</span>", -1).length - 1, html);
        assertTrue(html.contains("assess MAI’s appetite"), html);
        assertFalse(html.contains("ğŸ") || html.contains("â€") || html.contains("â«"), "no mojibake left: " + html);
        assertTrue(note.html().startsWith("<!DOCTYPE html>\n<html lang=\"en\" class=\"theme-dark\">"));
    }
}
