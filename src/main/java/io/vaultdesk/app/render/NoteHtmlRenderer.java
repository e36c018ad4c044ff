package io.vaultdesk.app.render;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.vaultdesk.vault.DecodedText;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.Lines;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.VaultPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A note to a safe HTML page for the reader's WebView. The page runs no script (its Content-Security-Policy forbids
 * any), loads nothing from outside (images are inlined from the vault as data: URIs), shows the note's raw HTML as
 * text, and links only to the web, mail, or the app's own {@link AppLinks vaultdesk:} links.
 * <p>
 * Tasks and headings come from the index's own {@link NoteParser}, so a checkbox toggles exactly the line the index
 * knows as that task. Thread-safe: flexmark's Parser and HtmlRenderer are built once and are immutable; the state of
 * one rendering travels on its Document.
 */
public final class NoteHtmlRenderer {
    /** A note embedded in a note embedded in the note is shown; one level further is a link. */
    static final int MAX_EMBED_DEPTH = 2;

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    WikiLinkExtension.create()))
            // Obsidian's order: [[target|alias]], and ![[...]] embeds
            .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
            .set(WikiLinkExtension.IMAGE_LINKS, true)
            .set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, true)
            .set(WikiLinkExtension.ALLOW_ANCHORS, true)
            // "<My Note.md>" is a destination in CommonMark; flexmark needs this to read the space in it.
            .set(Parser.SPACE_IN_LINK_URLS, true)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            // Raw HTML is shown as text, never passed through; comments are hidden, as Obsidian hides them.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
            .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
            // Obsidian's reading view keeps single line breaks (its "strict line breaks" is off by default).
            .set(HtmlRenderer.SOFT_BREAK, "<br>\n")
            .toImmutable();

    private static final ThreadLocal<NoteParser> NOTE_PARSER = ThreadLocal.withInitial(NoteParser::new);

    private final RenderContext context;
    private final Clock clock;
    private final Parser parser;
    private final HtmlRenderer htmlRenderer;

    public NoteHtmlRenderer(RenderContext context) {
        this(context, Clock.systemDefaultZone());
    }

    /** @param clock tells "today", for overdue due dates */
    public NoteHtmlRenderer(RenderContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.parser = Parser.builder(OPTIONS).build();
        this.htmlRenderer = HtmlRenderer.builder(OPTIONS)
                .nodeRendererFactory(new VaultNodeRenderer.Factory())
                .attributeProviderFactory(new LineAttributes.Factory())
                .build();
    }

    RenderContext context() {
        return context;
    }

    /**
     * @param path vault-relative path of the note
     * @param text the note's decoded, repaired text, frontmatter included
     */
    public RenderedNote render(String path, String text, Theme theme) {
        RenderState.Output output = new RenderState.Output();
        ParsedNote parsed = parse(path, text);
        List<String> lines = Lines.split(text);
        String properties = PropertiesTable.html(parsed.frontmatter(), lines, new LinkWriter(context, path));
        String body = renderBody(path, lines, parsed, null, 0, List.of(path), output, LocalDate.now(clock));
        String title = parsed.frontmatter().first("title").orElse(VaultPaths.name(path));
        String page = Page.html(title, path, theme, properties + body);
        return new RenderedNote(page, output.tasks, output.headings, output.blockLines);
    }

    private static ParsedNote parse(String path, String text) {
        return NOTE_PARSER.get().parse(path, new DecodedText(text, false, Set.of()));
    }

    /**
     * The note's body as HTML. Lines that are not shown (the frontmatter, or what lies outside an embedded section)
     * are blanked rather than cut, so every line keeps its number in the file.
     */
    private String renderBody(String path, List<String> lines, ParsedNote parsed, Sections.Range range, int depth,
            List<String> chain, RenderState.Output output, LocalDate today) {
        int from = Math.max(parsed.frontmatter().endLine(), range == null ? 0 : range.from());
        int to = range == null ? lines.size() : Math.min(lines.size(), range.to());
        StringBuilder source = new StringBuilder(lines.size() * 60);
        for (int i = 0; i < lines.size(); i++) {
            if (i >= from && i < to) {
                source.append(lines.get(i));
            }
            source.append('\n');
        }
        Document document = parser.parse(source.toString());
        new RenderState(this, new LinkWriter(context, path), path, depth, chain, tasksByLine(parsed),
                headingsByLine(parsed), output, today, true).attach(document);
        return htmlRenderer.render(document);
    }

    /** Markdown of one line on its own (a task's text): its inline HTML, with no paragraph around it. */
    String renderInline(String markdown, RenderState state) {
        if (markdown.isBlank()) {
            return "";
        }
        Document document = parser.parse(markdown);
        state.inline().attach(document);
        String html = htmlRenderer.render(document).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return Html.escape(markdown); // a task whose text reads as a block ("# x", "> x"): show it as written
    }

    /** The box of {@code ![[Note]]} or {@code ![[Note#Heading]]}: a title link and, within limits, the body. */
    String embed(Link link, String target, RenderState host, String dataLine) {
        Href href = host.links.wiki(link);
        String title = link.display().isBlank() ? LinkWriter.display(new Link(link.line(), link.kind(),
                VaultPaths.name(target), link.subpath(), "")) : link.display();
        StringBuilder out = new StringBuilder(1024);
        out.append("<div class=\"embed\" data-embed-path=\"").append(Html.escape(target)).append('"').append(dataLine)
                .append("><div class=\"embed-title\">").append(href.wrap(title)).append("</div>");
        if (host.chain.contains(target)) {
            out.append(stopped("This note is already shown above; it is not embedded again."));
        } else if (host.depth >= MAX_EMBED_DEPTH) {
            out.append(stopped("Embedded too deep to show here."));
        } else {
            Optional<String> text = context.readNoteText(target);
            if (text.isEmpty()) {
                out.append(stopped("The note could not be read."));
            } else {
                out.append(embeddedBody(link, target, text.get(), host));
            }
        }
        return out.append("</div>").toString();
    }

    private String embeddedBody(Link link, String target, String text, RenderState host) {
        ParsedNote parsed = parse(target, text);
        List<String> lines = Lines.split(text);
        Sections.Range range = null;
        if (!link.subpath().isBlank()) {
            Optional<Sections.Range> found = Sections.find(parsed, lines, link.subpath());
            if (found.isEmpty()) {
                return stopped("No section \"" + link.subpath() + "\" in this note.");
            }
            range = found.get();
        }
        List<String> chain = new ArrayList<>(host.chain);
        chain.add(target);
        return "<div class=\"embed-body\">" + renderBody(target, lines, parsed, range, host.depth + 1, chain,
                host.output, host.today) + "</div>";
    }

    private static String stopped(String why) {
        return "<div class=\"embed-stopped\">" + Html.escape(why) + "</div>";
    }

    private static Map<Integer, TaskLine> tasksByLine(ParsedNote parsed) {
        Map<Integer, TaskLine> byLine = new HashMap<>();
        parsed.tasks().forEach(t -> byLine.put(t.line(), t));
        return byLine;
    }

    private static Map<Integer, Heading> headingsByLine(ParsedNote parsed) {
        Map<Integer, Heading> byLine = new HashMap<>();
        parsed.headings().forEach(h -> byLine.put(h.line(), h));
        return byLine;
    }
}
