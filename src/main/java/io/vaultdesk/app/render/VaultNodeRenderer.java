package io.vaultdesk.app.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import io.vaultdesk.vault.TaskLine;
import io.vaultdesk.vault.Tags;
import io.vaultdesk.vault.VaultPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes over from flexmark every node that can link, load or carry markup the note wrote: links of every kind,
 * images, wiki-links and embeds, raw HTML blocks, text (for tags and block ids), and list items that are tasks.
 * Everything else is flexmark's own rendering, with raw HTML escaped by the options.
 */
final class VaultNodeRenderer implements NodeRenderer {
    /** Obsidian hides a block id ("text ^abc") at the end of a line in reading view. */
    private static final Pattern BLOCK_ID = Pattern.compile("(?:^|\\s)\\^([A-Za-z0-9-]+)\\s*$");

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new VaultNodeRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Link.class, this::link),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(AutoLink.class, this::autoLink),
                new NodeRenderingHandler<>(MailLink.class, this::mailLink),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(WikiLink.class, this::wikiLink),
                new NodeRenderingHandler<>(WikiImage.class, this::wikiEmbed),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(BulletListItem.class, this::listItem),
                new NodeRenderingHandler<>(OrderedListItem.class, this::listItem),
                new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock));
    }

    private static RenderState state(NodeRendererContext context) {
        return RenderState.of(context.getDocument());
    }

    /** The 1-based line in the file; 0 where lines mean nothing (a task's text rendered on its own). */
    private static int line(Node node, RenderState state) {
        return state.lineNumbers ? node.getStartLineNumber() + 1 : 0;
    }

    private static String dataLine(Node node, RenderState state) {
        return state.lineNumbers && state.isTop() ? " data-line=\"" + line(node, state) + "\"" : "";
    }

    // ---- text: tags and block ids ----

    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        BasedSequence chars = node.getChars();
        if (state.inLink || (chars.indexOf('#') < 0 && chars.indexOf('^') < 0)) {
            html.text(Escaping.normalizeEOL(chars.unescape()));
            return;
        }
        String raw = chars.toString();
        int end = raw.length();
        if (endsLine(node)) {
            Matcher m = BLOCK_ID.matcher(raw);
            if (m.find()) {
                end = m.start();
                if (state.ownsAnchors()) {
                    state.output.blockLines.putIfAbsent(m.group(1), line(node, state));
                }
            }
        }
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (raw.charAt(i) != '#') {
                continue;
            }
            int tagEnd = Tags.tagEnd(raw, i);
            if (tagEnd < 0 || tagEnd > end || (i == 0 && !followsSpace(node))) {
                continue;
            }
            html.text(chars.subSequence(from, i).unescape());
            html.raw(TaskHtml.tagPill(raw.substring(i + 1, tagEnd)));
            from = tagEnd;
            i = tagEnd - 1;
        }
        html.text(Escaping.normalizeEOL(chars.subSequence(from, end).unescape()));
    }

    /** A tag must start a word: "**x**#y" is not a tag, "x #y" is. */
    private static boolean followsSpace(Node node) {
        int start = node.getStartOffset();
        BasedSequence base = node.getChars().getBaseSequence();
        return start == 0 || Character.isWhitespace(base.charAt(start - 1));
    }

    private static boolean endsLine(Node node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int i = node.getEndOffset();
        while (i < base.length() && (base.charAt(i) == ' ' || base.charAt(i) == '\t')) {
            i++;
        }
        return i >= base.length() || base.charAt(i) == '\n' || base.charAt(i) == '\r';
    }

    // ---- Markdown links ----

    private void link(com.vladsch.flexmark.ast.Link node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        Href href = state.links.markdown(node.getUrl().unescape(), textOf(node), line(node, state));
        writeLink(href, node, context, html);
    }

    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (reference == null) {
            context.delegateRender(); // "[text]" with no definition is text
            return;
        }
        RenderState state = state(context);
        Href href = state.links.markdown(reference.getUrl().unescape(), textOf(node), line(node, state));
        writeLink(href, node, context, html);
    }

    private void autoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        String text = node.getText().toString();
        html.raw(state.links.markdown(node.getUrl().toString(), text, line(node, state)).wrap(text));
    }

    private void mailLink(MailLink node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        String text = node.getText().unescape();
        html.raw(state.links.markdown("mailto:" + text, text, line(node, state)).wrap(text));
    }

    private static void writeLink(Href href, Node node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        html.raw(href.open());
        state.inLink = true;
        try {
            context.renderChildren(node);
        } finally {
            state.inLink = false;
        }
        html.raw(href.close());
    }

    private static String textOf(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    // ---- images ----

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        html.raw(markdownImage(node.getUrl().unescape(), textOf(node), line(node, state), state));
    }

    private void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (reference == null) {
            context.delegateRender();
            return;
        }
        RenderState state = state(context);
        html.raw(markdownImage(reference.getUrl().unescape(), textOf(node), line(node, state), state));
    }

    /** Only images inside the vault are shown, inlined; a web image would tell its server the note was opened. */
    private static String markdownImage(String url, String alt, int line, RenderState state) {
        Destinations.Destination d = Destinations.classify(url, VaultPaths.folder(state.path));
        if (d.kind() == Destinations.Kind.WEB) {
            return placeholder("image-blocked", alt.isBlank() ? "Image" : alt, "Web image not loaded: " + url);
        }
        if (d.kind() != Destinations.Kind.LOCAL) {
            return placeholder("image-missing", alt.isBlank() ? "Image" : alt, "Image not shown: " + url);
        }
        Link link = new Link(line, LinkKind.MARKDOWN, d.value(), d.fragment(), alt);
        return state.links.resolve(link)
                .map(path -> imageTag(path, alt, Optional.empty(), state))
                .orElseGet(() -> placeholder("image-missing", alt.isBlank() ? d.value() : alt, "Not found: " + d.value()));
    }

    private static String imageTag(String path, String alt, Optional<int[]> size, RenderState state) {
        Optional<String> uri = Images.dataUri(path, state.renderer.context());
        if (uri.isEmpty()) {
            return placeholder("image-missing", alt.isBlank() ? VaultPaths.name(path) : alt,
                    Images.isImage(path) ? "Image could not be shown (unreadable or larger than 8 MB): " + path
                            : "Not an image: " + path);
        }
        StringBuilder img = new StringBuilder(uri.get().length() + 80);
        img.append("<img class=\"vault-image\" src=\"").append(uri.get()).append("\" alt=\"")
                .append(Html.escape(alt)).append('"');
        size.ifPresent(s -> {
            img.append(" width=\"").append(s[0]).append('"');
            if (s.length > 1) {
                img.append(" height=\"").append(s[1]).append('"');
            }
        });
        return img.append('>').toString();
    }

    private static String placeholder(String cssClass, String label, String title) {
        return "<span class=\"" + cssClass + "\" title=\"" + Html.escape(title) + "\">" + Html.escape(label) + "</span>";
    }

    // ---- wiki-links and embeds ----

    private static Link wikiLinkOf(WikiNode node, LinkKind kind, RenderState state) {
        String raw = node.getChars().toString();
        int open = raw.indexOf("[[");
        String inner = raw.substring(open + 2, Math.max(open + 2, raw.length() - 2));
        return Link.parseWiki(inner, line(node, state), kind);
    }

    private void wikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        Link link = wikiLinkOf(node, LinkKind.WIKI, state);
        html.raw(state.links.wiki(link).wrap(LinkWriter.display(link)));
    }

    /** An embed inside running text: an image shows; a note becomes a link (its body is a block, see paragraph). */
    private void wikiEmbed(WikiImage node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        Link link = wikiLinkOf(node, LinkKind.EMBED, state);
        Optional<String> resolved = state.links.resolve(link);
        if (resolved.isPresent() && Images.isImage(resolved.get())) {
            Optional<int[]> size = Images.size(link.display());
            String alt = size.isPresent() || link.display().isBlank() ? VaultPaths.name(resolved.get()) : link.display();
            html.raw(imageTag(resolved.get(), alt, size, state));
        } else if (resolved.isEmpty() && Images.isImage(link.target())) {
            html.raw(placeholder("image-missing", link.target(), "Not found: " + link.target()));
        } else {
            Href href = state.links.wiki(link);
            html.raw(new Href(href.url(), href.cssClass() + " embed-link", href.title()).wrap(LinkWriter.display(link)));
        }
    }

    /** A paragraph of nothing but note embeds becomes the embeds' boxes: a box holds blocks, a {@code <p>} cannot. */
    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        List<Link> embeds = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || (child instanceof Text && child.getChars().isBlank())) {
                continue;
            }
            if (!(child instanceof WikiImage embed)) {
                context.delegateRender();
                return;
            }
            Link link = wikiLinkOf(embed, LinkKind.EMBED, state);
            Optional<String> target = state.links.resolve(link);
            if (target.isEmpty() || !VaultPaths.isNote(target.get())) {
                context.delegateRender();
                return;
            }
            embeds.add(link);
            targets.add(target.get());
        }
        if (embeds.isEmpty()) {
            context.delegateRender();
            return;
        }
        for (int i = 0; i < embeds.size(); i++) {
            html.line();
            html.raw(state.renderer.embed(embeds.get(i), targets.get(i), state, dataLine(node, state)));
            html.line();
        }
    }

    // ---- tasks ----

    private void listItem(ListItem node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        TaskLine task = state.lineNumbers ? state.tasksByLine.get(line(node, state)) : null;
        if (task == null) {
            context.delegateRender();
            return;
        }
        state.output.tasks.add(new RenderedTask(state.path, task));
        if (state.ownsAnchors()) {
            task.blockId().ifPresent(id -> state.output.blockLines.putIfAbsent(id, task.line()));
        }
        html.line();
        html.raw("<li class=\"" + TaskHtml.cssClass(task.status()) + "\" data-task=\""
                + Html.escape(Character.toString(task.symbol())) + "\"" + dataLine(node, state) + ">");
        html.raw(TaskHtml.checkbox(state.path, task));
        Node first = node.getFirstChild();
        if (first instanceof Paragraph paragraph) {
            html.raw(taskBody(task, paragraph, state));
            first = first.getNext();
        } else {
            html.raw(taskBody(task, null, state));
        }
        for (Node child = first; child != null; child = child.getNext()) {
            context.render(child);
        }
        html.raw("</li>");
        html.line();
    }

    /**
     * The task's own line is shown from the parsed task (text, then fields as pills), not from the AST: the
     * fields sit in the text as emoji, and the checkbox's "[ ]" is plain text to CommonMark.
     */
    private static String taskBody(TaskLine task, Paragraph paragraph, RenderState state) {
        String description = state.renderer.renderInline(task.description(), state);
        boolean ownerShown = false;
        if (!task.ownerRun().isEmpty()) {
            String needle = Html.escape("@" + task.ownerRun());
            int at = indexOutsideTags(description, needle);
            if (at >= 0) {
                description = description.substring(0, at) + "<span class=\"owner\">" + needle + "</span>"
                        + description.substring(at + needle.length());
                ownerShown = true;
            }
        }
        List<String> inlineTags = new ArrayList<>();
        for (String tag : task.tags()) {
            if (description.contains(">#" + Html.escape(tag) + "</span>")) {
                inlineTags.add(tag);
            }
        }
        StringBuilder out = new StringBuilder(description.length() + 200);
        out.append("<span class=\"task-body\">").append(TaskHtml.statusMarker(task.status()))
                .append("<span class=\"task-text\">").append(description).append("</span>")
                .append(TaskHtml.fields(task, ownerShown, inlineTags, state.today)).append("</span>");
        if (paragraph != null) {
            // Lazy continuation lines belong to the item's paragraph but not to the task's fields.
            String content = paragraph.getContentChars().toString();
            int nl = content.indexOf('\n');
            if (nl >= 0 && !content.substring(nl + 1).isBlank()) {
                out.append("<br>").append(state.renderer.renderInline(content.substring(nl + 1).strip(), state));
            }
        }
        return out.toString();
    }

    /** The first place the text occurs in element content, never inside a tag's attributes. */
    private static int indexOutsideTags(String html, String text) {
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            if (html.lastIndexOf('<', at) <= html.lastIndexOf('>', at)) {
                return at;
            }
        }
        return -1;
    }

    // ---- raw HTML ----

    /** Shown as the text it is; flexmark's own escaping would lose the line number. */
    private void htmlBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        RenderState state = state(context);
        String content = node.getContentChars().normalizeEOL();
        if (content.endsWith("\n")) {
            content = content.substring(0, content.length() - 1);
        }
        html.line();
        html.raw("<p class=\"raw-html\"" + dataLine(node, state) + ">" + Html.escape(content) + "</p>");
        html.line();
    }
}
