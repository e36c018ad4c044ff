package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import java.util.List;

/** The plain-text mentions of a note in one other note, in line order. */
public record UnlinkedGroup(IndexedNote source, List<UnlinkedMention> mentions) {
    public UnlinkedGroup {
        mentions = List.copyOf(mentions);
    }
}
