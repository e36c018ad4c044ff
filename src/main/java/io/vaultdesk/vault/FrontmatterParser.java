package io.vaultdesk.vault;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the frontmatter with SnakeYAML's safe constructor: no custom types, a bounded number of aliases (a
 * "billion laughs" block cannot blow up), bounded nesting. A Yaml instance is not thread-safe, hence one per parser.
 */
final class FrontmatterParser {
    private final Yaml yaml;
    private final SimpleFrontmatterReader simple = new SimpleFrontmatterReader();

    FrontmatterParser() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(1_000_000);
        this.yaml = new Yaml(new SafeConstructor(options));
    }

    /** Line index (0-based, in {@code lines}) of the closing fence, or -1 when the note has no frontmatter. */
    static int closingFence(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    Frontmatter parse(List<String> lines) {
        int close = closingFence(lines);
        if (close < 0) {
            return Frontmatter.NONE;
        }
        Optional<Map<String, List<String>>> simpleValues = simple.read(lines, 1, close);
        if (simpleValues.isPresent()) {
            return new Frontmatter(simpleValues.get(), close + 1, Optional.empty());
        }
        return parseWithSnakeYaml(lines, close);
    }

    /** The full YAML reader, for any block {@link SimpleFrontmatterReader} declines. */
    Frontmatter parseWithSnakeYaml(List<String> lines, int close) {
        String block = String.join("\n", lines.subList(1, close));
        Object root;
        try {
            root = yaml.load(block);
        } catch (RuntimeException e) { // untrusted input: any failure of the YAML reader means "invalid"
            return invalid(close, "invalid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            return new Frontmatter(Map.of(), close + 1, Optional.empty());
        }
        if (!(root instanceof Map<?, ?> map)) {
            return invalid(close, "frontmatter is not a mapping of keys to values");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), flatten(v)));
        return new Frontmatter(values, close + 1, Optional.empty());
    }

    private static Frontmatter invalid(int close, String problem) {
        return new Frontmatter(Map.of(), close + 1, Optional.of(problem));
    }

    private static List<String> flatten(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(e -> e != null).forEach(e -> out.add(scalar(e)));
        } else if (value != null) {
            out.add(scalar(value));
        }
        return out;
    }

    /** Unquoted YAML dates arrive as java.util.Date at UTC midnight; the vault wrote "2025-11-06". */
    private static String scalar(Object value) {
        if (value instanceof Date date) {
            Instant instant = date.toInstant();
            var utc = instant.atOffset(ZoneOffset.UTC);
            return utc.toLocalTime().toSecondOfDay() == 0 ? utc.toLocalDate().toString() : instant.toString();
        }
        return String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
