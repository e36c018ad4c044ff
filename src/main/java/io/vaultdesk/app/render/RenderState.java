package io.vaultdesk.app.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.TaskLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one rendering of one note (or one embedded note, or one task's text) needs beyond the AST. It rides on
 * the flexmark Document, so the shared Parser and HtmlRenderer stay stateless and the renderer is thread-safe.
 */
final class RenderState {
    private static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("VAULTDESK_RENDER_STATE");

    final NoteHtmlRenderer renderer;
    final LinkWriter links;
    final String path;
    /** 0 for the note itself, 1 for a note it embeds, and so on. */
    final int depth;
    /** The notes being rendered, outermost first: an embed of one of them is a cycle. */
    final List<String> chain;
    final Map<Integer, TaskLine> tasksByLine;
    final Map<Integer, Heading> headingsByLine;
    final Output output;
    final LocalDate today;
    /** False for a task's text rendered on its own: its lines are not the file's. */
    final boolean lineNumbers;
    /** Set while a link's text is written: a tag inside a link is part of the link. */
    boolean inLink;

    RenderState(NoteHtmlRenderer renderer, LinkWriter links, String path, int depth, List<String> chain,
            Map<Integer, TaskLine> tasksByLine, Map<Integer, Heading> headingsByLine, Output output, LocalDate today,
            boolean lineNumbers) {
        this.renderer = renderer;
        this.links = links;
        this.path = path;
        this.depth = depth;
        this.chain = List.copyOf(chain);
        this.tasksByLine = tasksByLine;
        this.headingsByLine = headingsByLine;
        this.output = output;
        this.today = today;
        this.lineNumbers = lineNumbers;
    }

    /** The same note, for a fragment whose line numbers mean nothing (a task's text parsed on its own). */
    RenderState inline() {
        return new RenderState(renderer, links, path, depth, chain, Map.of(), Map.of(), output, today, false);
    }

    boolean isTop() {
        return depth == 0;
    }

    /** Heading ids and block lines are only the note's own: an embed's would collide with them. */
    boolean ownsAnchors() {
        return isTop() && lineNumbers;
    }

    void attach(Document document) {
        document.set(KEY, this);
    }

    static RenderState of(Document document) {
        RenderState state = KEY.get(document);
        if (state == null) {
            throw new IllegalStateException("document parsed without a render state");
        }
        return state;
    }

    /** What one call to {@link NoteHtmlRenderer#render} collects, across the note and its embeds. */
    static final class Output {
        final List<RenderedTask> tasks = new java.util.ArrayList<>();
        final List<RenderedHeading> headings = new java.util.ArrayList<>();
        final Map<String, Integer> blockLines = new java.util.LinkedHashMap<>();
        final Slugs slugs = new Slugs();
    }
}
