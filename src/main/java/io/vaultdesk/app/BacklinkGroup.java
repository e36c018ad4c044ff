package io.vaultdesk.app;

import io.vaultdesk.index.IndexedNote;
import java.util.List;

/** The notes that link to one note: one group per source note, with each line that holds a link. */
public record BacklinkGroup(IndexedNote source, List<Mention> mentions) {
    public BacklinkGroup {
        mentions = List.copyOf(mentions);
    }
}
