package io.vaultdesk.index;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PackedOut} wrote. Values are read only from what this program packed, so they are trusted: no
 * bounds are checked beyond the array's own.
 */
final class PackedIn {
    private final byte[] data;
    private int at;

    PackedIn(byte[] data) {
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

    int signedVarint() {
        int v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    int oneByte() {
        return data[at++] & 0xFF;
    }

    String string() {
        int n = varint();
        String s = n == 0 ? "" : new String(data, at, n, StandardCharsets.UTF_8);
        at += n;
        return s;
    }

    void skipString() {
        int n = varint();
        at += n;
    }
}
