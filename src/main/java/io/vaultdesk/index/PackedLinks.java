package io.vaultdesk.index;

import io.vaultdesk.vault.LinkKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A note's links in one value, its row of the links table. Links were 55% of a full build's rows, and H2 costs
 * about the same per row whatever its width (decision 7); no query looks a single link up by a column, every one
 * reads a note's links or all of them. A link's ordinal in the list is its place in the note.
 *
 * <p>Per link: its line and the resolved id + 1 (0 when unresolved) as unsigned varints, the kind's ordinal as one
 * byte, then target, subpath and display, each as a varint length and UTF-8 bytes. The id comes before the strings
 * so that {@link #targetIds} skips them. The format has no version of its own: a change bumps {@link Schema#VERSION}
 * and the index is rebuilt; so does a change of {@link LinkKind}'s order. Values are read only from what
 * {@link #pack} wrote, so they are trusted. Strings round-trip as UTF-8: a lone surrogate would come back as '?',
 * and none reaches here, since notes are decoded from bytes with replacement.
 */
final class PackedLinks {
    private static final LinkKind[] KINDS = LinkKind.values();

    private PackedLinks() {
    }

    static byte[] pack(List<StoredLink> links) {
        PackedOut out = new PackedOut(16 + links.size() * 40);
        out.varint(links.size());
        for (StoredLink l : links) {
            out.varint(l.line());
            out.varint(l.targetId() + 1);
            out.oneByte(l.kind().ordinal());
            out.string(l.target());
            out.string(l.subpath());
            out.string(l.display());
        }
        return out.toBytes();
    }

    static List<StoredLink> unpack(byte[] data) {
        PackedIn in = new PackedIn(data);
        int count = in.varint();
        List<StoredLink> links = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int line = in.varint();
            int target = in.varint() - 1;
            LinkKind kind = KINDS[in.oneByte()];
            links.add(new StoredLink(line, kind, in.string(), in.string(), in.string(), target));
        }
        return links;
    }

    /** Each link's target id, or {@link StoredLink#UNRESOLVED}, in order, without reading the strings. */
    static int[] targetIds(byte[] data) {
        PackedIn in = new PackedIn(data);
        int[] ids = new int[in.varint()];
        for (int k = 0; k < ids.length; k++) {
            in.varint();
            ids[k] = in.varint() - 1;
            in.oneByte();
            for (int s = 0; s < 3; s++) {
                in.skipString();
            }
        }
        return ids;
    }
}
