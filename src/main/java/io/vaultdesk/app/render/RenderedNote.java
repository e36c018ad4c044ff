package io.vaultdesk.app.render;

import java.util.List;
import java.util.Map;

/**
 * A note as a complete HTML page, with what the app needs to act on it without reading the page back.
 *
 * @param tasks      the checkboxes on the page, in page order (embedded notes' tasks included)
 * @param headings   the note's own headings (not those of embeds), for an outline and for scrolling
 * @param blockLines block ids ({@code ^abc}, without the caret) → the file line that carries them, so
 *                   {@code [[Note#^abc]]} can scroll to {@code data-line}
 */
public record RenderedNote(String html, List<RenderedTask> tasks, List<RenderedHeading> headings,
        Map<String, Integer> blockLines) {
    public RenderedNote {
        tasks = List.copyOf(tasks);
        headings = List.copyOf(headings);
        blockLines = Map.copyOf(blockLines);
    }
}
