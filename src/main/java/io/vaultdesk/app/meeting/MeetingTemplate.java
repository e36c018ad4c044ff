package io.vaultdesk.app.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills a meeting template: the vault's own ({@code Templates/Meeting.md} by default) or the built-in one, modelled
 * on the sample note. Placeholders: {@code {{title}}}, {{date}}, {{account}}, {{participants}}. In the frontmatter
 * a value is written as YAML (quoted where it must be), the account and each participant as a {@code "[[link]]"},
 * and a list item that holds {@code {{participants}}} becomes one item per participant; in the text, links are
 * written {@code [[Name]]} and participants joined by commas.
 */
public final class MeetingTemplate {
    public static final String DEFAULT_PATH = "Templates/Meeting.md";

    /** Used when the vault has no template: the sections of a real meeting note. */
    public static final String BUILT_IN = """
            ---
            type: meeting
            date: {{date}}
            account: {{account}}
            participants:
              - {{participants}}
            tags:
              - meeting
            ---

            # {{title}}

            ## Summary

            ## Action Items

            - [ ] 

            ## Decisions

            ## Key Information

            ## Related

            - {{account}}
            - {{participants}}
            """;

    private MeetingTemplate() {
    }

    public static String fill(String template, MeetingDraft draft) {
        List<String> lines = template.lines().toList();
        int end = frontmatterEnd(lines);
        List<String> out = new ArrayList<>(lines.size() + draft.participants().size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && i < end) {
                yamlLine(line, draft, out);
            } else {
                textLines(line, draft, out);
            }
        }
        String filled = String.join("\n", out);
        return template.endsWith("\n") || template.endsWith("\r") ? filled + "\n" : filled;
    }

    /** The index of the frontmatter's closing "---", or 0 when the template has none. */
    private static int frontmatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return 0;
    }

    private static void yamlLine(String line, MeetingDraft draft, List<String> out) {
        String item = line.stripLeading();
        if (item.startsWith("- ") && item.contains("{{participants}}")) {
            String indent = line.substring(0, line.length() - item.length());
            String value = item.substring(2).strip();
            for (String p : draft.participants()) {
                out.add(indent + "- " + yamlValue(value, "{{participants}}", link(p)));
            }
            return; // no participants: no item, rather than an empty one
        }
        if (item.startsWith("- ") && item.contains("{{")) {
            String indent = line.substring(0, line.length() - item.length());
            out.add(indent + "- " + fillYaml(item.substring(2).strip(), draft));
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0 || !line.contains("{{")) {
            out.add(line);
            return;
        }
        String value = line.substring(colon + 1).strip();
        if (value.equals("{{participants}}")) {
            // several people as one value would read as one odd name: a YAML list, one link each
            out.add(line.substring(0, colon + 1) + " [" + draft.participants().stream()
                    .map(p -> quoted(link(p))).collect(Collectors.joining(", ")) + "]");
            return;
        }
        String filled = fillYaml(value, draft);
        out.add(line.substring(0, colon + 1) + (filled.isEmpty() ? "" : " " + filled));
    }

    /** A YAML value with its placeholders filled, each written as YAML. */
    private static String fillYaml(String value, MeetingDraft draft) {
        String filled = value;
        filled = replaceYaml(filled, "{{title}}", draft.title());
        filled = replaceYaml(filled, "{{date}}", draft.date().toString());
        filled = replaceYaml(filled, "{{account}}", draft.account().map(MeetingTemplate::link).orElse(""));
        filled = replaceYaml(filled, "{{participants}}", draft.participants().stream().map(MeetingTemplate::link)
                .collect(Collectors.joining(", ")));
        return filled;
    }

    /** A placeholder that is the whole value gets a YAML scalar of its own; inside quotes, the quotes' escaping. */
    private static String replaceYaml(String value, String placeholder, String text) {
        if (!value.contains(placeholder)) {
            return value;
        }
        return yamlValue(value, placeholder, text);
    }

    private static String yamlValue(String value, String placeholder, String text) {
        if (value.equals(placeholder)) {
            return text.isEmpty() ? "" : quoted(text);
        }
        if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
            return value.replace(placeholder, text.replace("'", "''"));
        }
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            return value.replace(placeholder, text.replace("\\", "\\\\").replace("\"", "\\\""));
        }
        return quoted(value.replace(placeholder, text));
    }

    /** Single-quoted: YAML's one quoting in which nothing but the quote itself needs escaping. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A list item of {@code {{participants}}} alone becomes one per participant; an item left empty goes. */
    private static void textLines(String line, MeetingDraft draft, List<String> out) {
        String item = line.strip();
        if (item.equals("- {{participants}}")) {
            String indent = line.substring(0, line.indexOf('-'));
            draft.participants().forEach(p -> out.add(indent + "- [[" + p + "]]"));
            return;
        }
        String filled = textLine(line, draft);
        if (item.startsWith("- {{") && item.endsWith("}}") && filled.strip().equals("-")) {
            return;
        }
        out.add(filled);
    }

    private static String textLine(String line, MeetingDraft draft) {
        return line.replace("{{title}}", draft.title())
                .replace("{{date}}", draft.date().toString())
                .replace("{{account}}", draft.account().map(a -> "[[" + a + "]]").orElse(""))
                .replace("{{participants}}", draft.participants().stream().map(p -> "[[" + p + "]]")
                        .collect(Collectors.joining(", ")));
    }

    private static String link(String target) {
        return "[[" + target + "]]";
    }
}
