package io.vaultdesk.index;

import io.vaultdesk.vault.LinkKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
        Out out = new Out(16 + links.size() * 40);
        out.varint(links.size());
        for (StoredLink l : links) {
            out.varint(l.line());
            out.varint(l.targetId() + 1);
            out.oneByte(l.kind().ordinal());
            out.string(l.target());
            out.string(l.subpath());
            out.string(l.display());
        }
        return Arrays.copyOf(out.bytes, out.length);
    }

    static List<StoredLink> unpack(byte[] data) {
        In in = new In(data);
        int count = in.varint();
        List<StoredLink> links = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int line = in.varint();
            int target = in.varint() - 1;
            LinkKind kind = KINDS[data[in.at++]];
            links.add(new StoredLink(line, kind, in.string(), in.string(), in.string(), target));
        }
        return links;
    }

    /** Each link's target id, or {@link StoredLink#UNRESOLVED}, in order, without reading the strings. */
    static int[] targetIds(byte[] data) {
        In in = new In(data);
        int[] ids = new int[in.varint()];
        for (int k = 0; k < ids.length; k++) {
            in.varint();
            ids[k] = in.varint() - 1;
            in.at++;
            for (int s = 0; s < 3; s++) {
                int length = in.varint();
                in.at += length;
            }
        }
        return ids;
    }

    private static final class Out {
        byte[] bytes;
        int length;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        void varint(int value) {
            room(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                bytes[length++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[length++] = (byte) v;
        }

        void oneByte(int value) {
            room(1);
            bytes[length++] = (byte) value;
        }

        void string(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = s.charAt(i) < 0x80;
            }
            if (ascii) { // most targets: no array made for them
                varint(n);
                room(n);
                for (int i = 0; i < n; i++) {
                    bytes[length++] = (byte) s.charAt(i);
                }
            } else {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                varint(utf8.length);
                room(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
            }
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    private static final class In {
        final byte[] data;
        int at;

        In(byte[] data) {
            this.data = data;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String string() {
            int n = varint();
            String s = n == 0 ? "" : new String(data, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
