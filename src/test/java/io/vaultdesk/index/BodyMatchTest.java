package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level search against the plain rule: the lower-cased text contains every lower-cased term. */
class BodyMatchTest {
    private static final String[] PIECES = {"a", "B", "k", "K", "\u212A", "i", "I", "\u0130", "\u0307", "é", "É",
        "ß", "SS", "caf", "ÇA", "ça", "📅", " ", "\n", "Kelvin", "kelvin", "café", "CAFÉ", "ı", "x"};

    private static boolean plain(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        return terms.stream().allMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean fast(String text, List<String> terms) {
        return new BodyMatch(terms).test(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsAsciiTermsInAnyCaseAndAccentedOnesByTheirLowerCase() {
        assertTrue(fast("Met CAFÉ Lefèvre about the ROADMAP 📅", List.of("roadmap", "café")));
        assertTrue(fast("The \u212Aelvin scale", List.of("kelvin")), "KELVIN SIGN lower-cases to k");
        assertTrue(fast("\u0130ZMIR", List.of("i")), "İ lower-cases to i and a combining dot");
        assertFalse(fast("\u0130stanbul", List.of("istanbul")), "...which then stands between the i and the s");
        assertFalse(fast("roadmap", List.of("roadmap", "zyzzyva")), "every term");
        assertFalse(fast("cafe", List.of("café")));
    }

    @Test
    void agreesWithLowerCasingTheWholeTextOnRandomTexts() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = random(random, 1 + random.nextInt(12));
            List<String> terms = List.of(random(random, 1 + random.nextInt(3)), random(random, 1));
            assertEquals(plain(text, terms), fast(text, terms), () -> "text " + text + ", terms " + terms);
        }
    }

    private static String random(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}
