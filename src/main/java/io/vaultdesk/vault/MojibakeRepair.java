package io.vaultdesk.vault;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes the damage done when UTF-8 bytes were decoded as Windows-1252 or Windows-1254 and saved again.
 *
 * <p>Two passes in one scan. Complete sequences (every byte survived as a character) are re-encoded and decoded
 * as UTF-8. Those code pages have no character for a few bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D; 0x9E in 1254), so
 * sync tools drop them: ⏫ (E2 8F AB) comes back as {@code â«}, which is ambiguous in general. For the Obsidian Tasks
 * signifiers the damaged forms are listed explicitly, because a task's fields must be read right.
 */
final class MojibakeRepair {
    private static final String[] CODE_PAGES = {"windows-1252", "windows-1254"};
    private static final MojibakeRepair INSTANCE = new MojibakeRepair();

    /**
     * Character to the byte it stood for, 0 for none. Covers both code pages and the C1 controls. A table over
     * every char (64 KiB) because the scan asks once per non-ASCII character of every note.
     */
    private final byte[] byteOf = new byte[0x10000];
    /** Damaged forms of the signifiers by first character, longest first. */
    private final Map<Character, List<String[]>> knownForms = new HashMap<>();

    static MojibakeRepair instance() {
        return INSTANCE;
    }

    private MojibakeRepair() {
        for (String name : CODE_PAGES) {
            Charset cs = Charset.forName(name);
            for (int b = 0x80; b <= 0xFF; b++) {
                String s = new String(new byte[] {(byte) b}, cs);
                if (s.charAt(0) != '\uFFFD') {
                    put(s.charAt(0), b);
                }
            }
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            put((char) b, b); // C1 controls: what a Latin-1 decoder leaves for the undefined bytes
        }
        for (String signifier : Signifiers.ALL) {
            addKnownForms(signifier);
            addKnownForms(signifier + "\uFE0F");
        }
        addKnownForms("’");
        addKnownForms("‘");
        addKnownForms("“");
        addKnownForms("”");
        addKnownForms("–");
        addKnownForms("—");
        addKnownForms("…");
        knownForms.values().forEach(l -> l.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed()));
    }

    private void put(char c, int b) {
        if (byteOf[c] == 0) {
            byteOf[c] = (byte) b;
        }
    }

    private void addKnownForms(String original) {
        byte[] utf8 = original.getBytes(StandardCharsets.UTF_8);
        for (String name : CODE_PAGES) {
            Charset cs = Charset.forName(name);
            StringBuilder dropped = new StringBuilder();
            for (byte value : utf8) {
                int b = value & 0xFF;
                String c = b < 0x80 ? String.valueOf((char) b) : new String(new byte[] {value}, cs);
                if (!c.equals("\uFFFD")) {
                    dropped.append(c); // a byte the code page has no character for is lost
                }
            }
            String form = dropped.toString();
            if (!form.equals(original) && form.length() > 1) {
                knownForms.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(new String[] {form, original});
            }
        }
    }

    /** The repaired text, or the same instance when nothing looked like mojibake. */
    String repair(String text) {
        return repair(text, null);
    }

    /**
     * The repaired line and, for each position in it, the position in the line as written: an edit found on the
     * repaired text can then be made on the original, so a mis-encoded file is changed only where it is edited.
     */
    RepairedLine repairLine(String line) {
        List<int[]> units = new ArrayList<>();
        String repaired = repair(line, units);
        int[] original = new int[repaired.length() + 1];
        int from = 0;
        int to = 0;
        for (int[] unit : units) { // {start in line, length in line, length of its repair}
            while (from < unit[0]) {
                original[to++] = from++;
            }
            for (int k = 0; k < unit[2]; k++) {
                original[to++] = from; // inside one repaired character: only its start is a boundary
            }
            from += unit[1];
        }
        while (from < line.length()) {
            original[to++] = from++;
        }
        original[to] = from;
        return new RepairedLine(repaired, original);
    }

    private String repair(String text, List<int[]> units) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lead = byteFor(text.charAt(i));
            if (lead < 0xC2 || lead > 0xF4) {
                i++;
                continue;
            }
            String[] replacement = new String[1];
            int consumed = matchAt(text, i, lead, replacement);
            if (consumed == 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copiedUpTo, i).append(replacement[0]);
            if (units != null) {
                units.add(new int[] {i, consumed, replacement[0].length()});
            }
            i += consumed;
            copiedUpTo = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copiedUpTo, n).toString();
    }

    /**
     * A repaired line with the way back to the line as written.
     *
     * @param original for each index of {@code text} (and its length), the index in the original line
     */
    record RepairedLine(String text, int[] original) {
    }

    private int matchAt(String text, int i, int lead, String[] replacement) {
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (i + length <= text.length()) {
            byte[] bytes = new byte[length];
            bytes[0] = (byte) lead;
            boolean complete = true;
            for (int k = 1; k < length && complete; k++) {
                int b = byteFor(text.charAt(i + k));
                complete = b >= 0x80 && b <= 0xBF;
                bytes[k] = (byte) b;
            }
            if (complete) {
                String decoded = new String(bytes, StandardCharsets.UTF_8);
                if (decoded.indexOf('\uFFFD') < 0) {
                    replacement[0] = decoded;
                    return length;
                }
            }
        }
        List<String[]> forms = knownForms.get(text.charAt(i));
        if (forms != null) {
            for (String[] form : forms) {
                if (text.startsWith(form[0], i)) {
                    replacement[0] = form[1];
                    return form[0].length();
                }
            }
        }
        return 0;
    }

    private int byteFor(char c) {
        int b = byteOf[c] & 0xFF;
        return b == 0 ? -1 : b;
    }
}
