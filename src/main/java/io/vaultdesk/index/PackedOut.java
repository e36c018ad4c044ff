package io.vaultdesk.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes a packed value ({@link PackedLinks}, {@link PackedTasks}): unsigned varints, bytes, UTF-8 strings. */
final class PackedOut {
    private byte[] bytes;
    private int length;

    PackedOut(int capacity) {
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

    /** Zig-zag, so that small negative numbers stay short. */
    void signedVarint(int value) {
        varint((value << 1) ^ (value >> 31));
    }

    void oneByte(int value) {
        room(1);
        bytes[length++] = (byte) value;
    }

    /** A varint length and the UTF-8 bytes. */
    void string(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) { // most values: no array made for them
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

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
