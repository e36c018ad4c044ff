package io.vaultdesk.vault;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The properties every view needs, read from valid frontmatter. A {@code [[link]]} value is reduced to its target,
 * so {@code account: "[[Microsoft|MS]]"} is the account "Microsoft".
 */
public record NoteProperties(
        Optional<String> type,
        Optional<String> date,
        List<String> accounts,
        List<String> participants,
        List<String> aliases,
        Optional<String> title) {

    public static final NoteProperties NONE =
            new NoteProperties(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());

    public NoteProperties {
        accounts = List.copyOf(accounts);
        participants = List.copyOf(participants);
        aliases = List.copyOf(aliases);
    }

    static NoteProperties of(Frontmatter fm) {
        if (!fm.isValid() || fm.values().isEmpty()) {
            return NONE;
        }
        List<String> participants = new java.util.ArrayList<>(reduced(fm.get("participants")));
        participants.addAll(reduced(fm.get("attendees")));
        return new NoteProperties(
                fm.first("type").map(String::strip),
                fm.first("date").map(String::strip),
                reduced(fm.get("account")),
                participants,
                fm.get("aliases").stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
                fm.first("title").map(String::strip));
    }

    /**
     * A meeting has {@code type: meeting}, or a date and participants (or attendees): the sample's
     * {@code type: customer} note is a meeting.
     */
    public boolean isMeeting() {
        return type.map(t -> t.toLowerCase(Locale.ROOT).equals("meeting")).orElse(false)
                || (date.filter(d -> !isPlaceholder(d)).isPresent() && !participants.isEmpty());
    }

    /** A template's {@code date: '{{date}}'} (or Templater's {@code <% ... %>}) is not a date yet. */
    private static boolean isPlaceholder(String value) {
        return value.contains("{{") || value.contains("<%");
    }

    private static List<String> reduced(List<String> values) {
        return values.stream().map(NoteProperties::linkTarget).filter(v -> !v.isEmpty()).toList();
    }

    /** "[[Target#h|alias]]" → "Target"; anything else → itself, stripped. */
    static String linkTarget(String value) {
        String v = value.strip();
        if (v.startsWith("[[") && v.endsWith("]]")) {
            return LinkExtractor.wikiLink(v.substring(2, v.length() - 2), 0, LinkKind.FRONTMATTER).target();
        }
        return v;
    }
}
