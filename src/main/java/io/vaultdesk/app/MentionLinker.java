package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.EditOutcome;
import io.vaultdesk.vault.GuardedNoteEdit;
import io.vaultdesk.vault.LineSplice;
import io.vaultdesk.vault.Link;
import io.vaultdesk.vault.LinkKind;
import io.vaultdesk.vault.LinkResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * "Link it": turns one plain mention into a wiki-link under the guarded write (decision 9), so only that range of
 * that line changes, and only while the line still reads as it did. The reader keeps seeing the words they wrote.
 */
final class MentionLinker {
    private final VaultSession session;
    private final VaultFiles files;
    private final GuardedNoteEdit edits = new GuardedNoteEdit();

    MentionLinker(VaultSession session) {
        this.session = session;
        this.files = new VaultFiles(session.root());
    }

    EditResult link(String sourcePath, UnlinkedMention m, IndexedNote target, VaultCatalog catalog)
            throws VaultException {
        Optional<Path> file = files.inside(sourcePath);
        if (file.isEmpty()) {
            return EditResult.refused("That note is not in the vault.");
        }
        String linkTarget = linkTarget(target, catalog);
        LinkResolver resolver = new LinkResolver(catalog.allPaths());
        Optional<String> resolved = resolver.resolve(new Link(m.line(), LinkKind.WIKI, linkTarget, "", ""), sourcePath);
        if (!resolved.equals(Optional.of(target.path()))) {
            // A vault's own layout can still make the link land elsewhere; a wrong link is worse than none.
            return EditResult.refused("[[" + linkTarget + "]] would not lead to " + target.path()
                    + " from " + sourcePath + "; link it in the note itself.");
        }
        String link = wikiLink(linkTarget, m.matchedText(), inTable(m.lineText()));
        EditOutcome outcome;
        try {
            outcome = edits.replaceLine(file.get(), m.line(), m.lineText(), m.readHash(),
                    written -> LineSplice.replace(written, m.lineText(), m.start(), m.end(), link));
        } catch (IOException e) {
            throw new VaultException("cannot write " + sourcePath + ": " + e.getMessage(), e);
        }
        if (outcome instanceof EditOutcome.Refused refused) {
            return EditResult.refused(refused.reason());
        }
        session.refresh(List.of(sourcePath));
        return EditResult.written("Linked — " + sourcePath + ", line " + ((EditOutcome.Written) outcome).line());
    }

    /** The bare name, unless another note shares it: then the path, as Obsidian writes such links. */
    static String linkTarget(IndexedNote target, VaultCatalog catalog) {
        boolean shared = catalog.notes().stream()
                .anyMatch(n -> n.id() != target.id() && n.name().equalsIgnoreCase(target.name()));
        String path = target.path();
        return shared ? path.substring(0, path.length() - ".md".length()) : target.name();
    }

    /** Keeps what the reader sees: the matched words as they were written, as the link's text when they differ. */
    static String wikiLink(String linkTarget, String matched, boolean inTable) {
        if (matched.equals(linkTarget)) {
            return "[[" + linkTarget + "]]";
        }
        return "[[" + linkTarget + (inTable ? "\\|" : "|") + matched + "]]"; // a bare '|' would split the table cell
    }

    private static boolean inTable(String line) {
        return line.stripLeading().startsWith("|");
    }
}
