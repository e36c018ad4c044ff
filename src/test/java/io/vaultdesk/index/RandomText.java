package io.vaultdesk.index;

import java.util.Random;

/** Random strings for round-trip tests of packed values: mostly short, a third up to 300 code points. */
final class RandomText {
    /** Characters of one to four UTF-8 bytes, a NUL and a newline. */
    static final String ALPHABET = "aZ 0/#|.-_éü’📅⏫\u0000\n";

    private RandomText() {
    }

    static String of(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(3) == 0 ? random.nextInt(300) : random.nextInt(12); n > 0; n--) {
            out.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return out.toString();
    }
}
