package io.vaultdesk.app.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives every block element of the note its file line ({@code data-line}), so the app can scroll the page to a
 * line, and every heading its id. The text handed to flexmark keeps the file's line count (the frontmatter is
 * blanked, not cut), so flexmark's line numbers are the file's, CRLF files included (they are split like the index
 * splits them).
 */
final class LineAttributes implements AttributeProvider {
    private final Document document;

    private LineAttributes(Document document) {
        this.document = document;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new LineAttributes(context.getDocument());
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part == CoreNodeRenderer.CODE_CONTENT || part == CoreNodeRenderer.PARAGRAPH_LINE
                || !(node instanceof Block || node instanceof TableRow) || node instanceof Document) {
            return;
        }
        RenderState state = RenderState.of(document);
        if (!state.lineNumbers || !state.isTop()) {
            return;
        }
        int line = node.getStartLineNumber() + 1;
        attributes.replaceValue("data-line", Integer.toString(line));
        if (node instanceof Heading heading && state.ownsAnchors()) {
            io.vaultdesk.vault.Heading parsed = state.headingsByLine.get(line);
            // The heading as written ("Plan for **Q3**") is what a [[Note#Heading]] link repeats, so slug that.
            String text = parsed != null ? parsed.text() : new TextCollectingVisitor().collectAndGetText(heading);
            String id = state.output.slugs.unique(text);
            attributes.replaceValue("id", id);
            state.output.headings.add(new RenderedHeading(line, heading.getLevel(), text, id));
        }
    }
}
