package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.testing.NoteCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast reader against SnakeYAML: whatever it accepts, it must read exactly as SnakeYAML does. */
class SimpleFrontmatterReaderTest {
    private static final List<String> KEYS = List.of("type", "date", "account", "participants", "tags", "aliases",
            "title", "Due date", "source.ref", "k".repeat(1_025), "k".repeat(1_000), "yes", "null", "1", "a-b", "é", "key ", "#k", "x");
    private static final List<String> VALUES = List.of("", "meeting", "2025-11-06", "'2025-11-06'", "2025-1-6",
            "2025-02-30", "2025-11-06 10:00", "\"[[Wide World Bank]]\"", "[[Wide World Bank]]", "[a, b]", "[ ]",
            "[Quinn]", "[Rahul J. O'Neill, Isabel]", "[it's, 'a''b']", "[a'b\"c]", "[x #y]", "[a: b]", "['a', \"b\"]", "[a, [b]]", "[a,]", "yes", "No", "on", "~", "null", "0123", "1_000", "1:30",
            "10:30 AM", "3", "-5", ".5", "1e3", ".inf", "'it''s'", "'it's'", "\"a \\\" b\"", "\"say \\n\"",
            "François Lefèvre", "VASTâ€™s momentum", "ğŸ“… 2025-11-08", "a # comment", "a#b", "a: b", "a:b",
            "x:", "&anchor a", "*alias", "!!str 3", "|", ">", "- item", "?x", "%x", "@x", "`x`", "{a: b}",
            "Microsoft [old]", "trailing   ", "  leading", "http://x.y/z?q=1", "it's", "a\tb", "\u0085", "\uFEFFx",
            "b\u3000", "\u3000", "'x'\u3000", "\"x\"\u2000", "[a\u3000]", "1452-04-15", "1582-10-14", "1583-01-01",
            "0000-01-01", "=", "<<", "true", "False", "false", "0", "00", "12345678901234567890", "1.50", "-0", "Null", "NaN", ".NaN", "0x1F", "+1", "Café, Inc.", "\"\"", "''",
            // words that start as SnakeYAML's booleans and null do, which the reader passes over by their length
            "Northwind", "Yellow", "nullable", "Offsite", "TRUE", "NULL", "ON", "OFF", "y", "N", "Fal", "yes.", "Nulls");

    private final SimpleFrontmatterReader simple = new SimpleFrontmatterReader();
    private final FrontmatterParser snake = new FrontmatterParser();

    /** Asserts agreement, and returns whether the fast reader took the block. */
    private boolean agrees(String block) {
        List<String> lines = Lines.split("---\n" + block + "\n---\nbody");
        int close = FrontmatterParser.closingFence(lines);
        if (close < 0) {
            return false;
        }
        Optional<Map<String, List<String>>> fast = simple.read(lines, 1, close);
        Frontmatter full = snake.parseWithSnakeYaml(lines, close);
        if (fast.isPresent()) {
            assertTrue(full.isValid(), () -> "took a block SnakeYAML refuses (" + full.problem() + "):\n" + block);
            assertEquals(List.copyOf(full.values().entrySet()), List.copyOf(fast.get().entrySet()),
                    () -> "read differently:\n" + block);
        }
        return fast.isPresent();
    }

    @Test
    void readsTheUsualMeetingFrontmatter() {
        String block = """
                type: customer
                title: Wide World Bank LATAM licensing
                date: 2025-11-06
                account: "[[Wide World Bank LATAM]]"
                participants:
                - François Lefèvre
                - Uma Okafor
                aliases: [Quinn, 'Q. Wang']
                empty:
                tags:
                  - type/customer
                  - generated""";
        assertTrue(agrees(block), "the common shape is read without SnakeYAML");
        List<String> lines = Lines.split("---\n" + block + "\n---\n");
        Map<String, List<String>> values = simple.read(lines, 1, lines.size() - 1).orElseThrow();
        assertEquals(List.of("2025-11-06"), values.get("date"));
        assertEquals(List.of("[[Wide World Bank LATAM]]"), values.get("account"));
        assertEquals(List.of("Quinn", "Q. Wang"), values.get("aliases"));
        assertEquals(List.of(), values.get("empty"));
        assertEquals(List.of("type/customer", "generated"), values.get("tags"));
    }

    @Test
    void declinesWhatItCannotReadExactly() {
        assertTrue(agrees("tier: 2\ndone: false\nzero: 0"), "numbers and booleans that print as written");
        for (String block : List.of("n: 03", "n: +3", "n: 1_000", "n: 1.50", "done: yes", "done: True", "date: 2025-02-30", "a: b\na: c", "# comment\na: b",
                "a: &x b", "a: |\n  text", "a: b\n  continued", "list:\n- a: b", "list:\n  - a\n    - b",
                "a: \"esc \\\" aped\"", "a: b # trailing", "a:\n  b: c", "\tb: c", "a: [x, [y]]")) {
            assertEquals(false, agrees(block), block);
        }
    }

    @Test
    void agreesWithSnakeYamlOnEveryValueAlone() {
        for (String key : KEYS) {
            for (String value : VALUES) {
                agrees(key + ": " + value);
                agrees(key + ":\n- " + value + "\n-\n  - x");
                agrees(key + ":\n  - " + value + "\n  - " + value);
            }
        }
    }

    @Test
    void agreesWithSnakeYamlOnRandomBlocks() {
        Random random = new Random(7);
        int taken = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder block = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                switch (random.nextInt(5)) {
                    case 0 -> block.append("- ").append(pick(random, VALUES));
                    case 1 -> block.append("  - ").append(pick(random, VALUES));
                    case 2 -> block.append(pick(random, KEYS)).append(':');
                    case 3 -> block.append(random.nextInt(8) == 0 ? "" : " ".repeat(random.nextInt(3)));
                    default -> block.append(pick(random, KEYS)).append(": ").append(pick(random, VALUES));
                }
                block.append('\n');
            }
            if (agrees(block.toString())) {
                taken++;
            }
        }
        assertTrue(taken > 2_000, "enough random blocks were simple enough to compare: " + taken);
    }

    @Test
    void agreesWithSnakeYamlOnTheFixturesSamplesAndAGeneratedVault(@TempDir Path dir) throws IOException {
        int taken = 0;
        int blocks = 0;
        for (Path file : NoteCorpus.files(dir, 3, true)) {
            List<String> lines = Lines.split(new TextDecoder().decode(Files.readAllBytes(file)).text());
            int close = FrontmatterParser.closingFence(lines);
            if (close > 0) {
                blocks++;
                if (agrees(String.join("\n", lines.subList(1, close)))) {
                    taken++;
                }
            }
        }
        assertTrue(taken > blocks * 0.8, taken + " of " + blocks + " frontmatter blocks read without SnakeYAML");
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
