package io.vaultdesk.vault;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one line in the Obsidian Tasks emoji format. As in Tasks, the fields are taken off the end of the line
 * one at a time, in any order; the owner ({@code @Name}) is VaultDesk's addition and is read the same way.
 */
public final class TaskLineParser {
    private static final int MAX_FIELDS = 40;

    /** Where a checkbox ends, or -1: the shared test for "is this line a task". */
    static int checkboxEnd(CharSequence line) {
        int i = 0;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        char c = line.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else if (c >= '0' && c <= '9') {
            while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            if (i >= n || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
                return -1;
            }
            i++;
        } else {
            return -1;
        }
        int afterMarker = i;
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        if (i == afterMarker || i >= n || line.charAt(i) != '[') {
            return -1;
        }
        int symbolAt = i + 1;
        if (symbolAt >= n) {
            return -1;
        }
        int close = symbolAt + Character.charCount(Character.codePointAt(line, symbolAt));
        return close < n && line.charAt(close) == ']' ? close + 1 : -1;
    }

    /** The task on this line, or empty when the line is not a task. */
    public Optional<TaskLine> parse(String line, int lineNumber) {
        return parse(line, line, lineNumber);
    }

    /**
     * @param visible the line with code spans and HTML comments blanked (same length): fields, owner and tags are
     *                read from it, so nothing in a comment or code counts
     * @param raw     the line as written: the description is taken from it, code spans included, comments not
     */
    Optional<TaskLine> parse(String visible, String raw, int lineNumber) {
        int end = checkboxEnd(visible);
        if (end < 0) {
            return Optional.empty();
        }
        int bodyStart = bodyStart(visible, end);
        return Optional.of(parseBody(new TaskFields(visible.substring(bodyStart)), raw.substring(bodyStart),
                visible.codePointBefore(end - 1), lineNumber));
    }

    /** The task on the line with where its status symbol and fields sit, for editing it in place. */
    Optional<TaskAnatomy> anatomy(String visible, String raw, int lineNumber) {
        int end = checkboxEnd(visible);
        if (end < 0) {
            return Optional.empty();
        }
        int symbol = visible.codePointBefore(end - 1);
        int bodyStart = bodyStart(visible, end);
        TaskFields f = new TaskFields(visible.substring(bodyStart));
        TaskLine task = parseBody(f, raw.substring(bodyStart), symbol, lineNumber);
        List<TaskFields.FieldSpan> spans = new ArrayList<>(f.spans.size());
        for (TaskFields.FieldSpan s : f.spans) {
            spans.add(new TaskFields.FieldSpan(s.field(), bodyStart + s.start(), bodyStart + s.end()));
        }
        return Optional.of(new TaskAnatomy(task, end - 1 - Character.charCount(symbol), end - 1, spans));
    }

    /** Where the task's text starts: after its checkbox and the whitespace that follows. */
    private static int bodyStart(String visible, int checkboxEnd) {
        int at = checkboxEnd;
        while (at < visible.length() && Character.isWhitespace(visible.charAt(at))) {
            at++;
        }
        return at;
    }

    private TaskLine parseBody(TaskFields f, String rawBody, int symbol, int lineNumber) {
        boolean matched = true;
        for (int round = 0; matched && round < MAX_FIELDS; round++) {
            matched = f.takeBlockId() || f.takeTrailingTag() || f.takePriority() || f.takeRecurrence()
                    || f.takeId() || f.takeDependsOn() || f.takeOwner() || f.takeAnyDate();
        }
        String visibleDescription = f.rest();
        String owner = f.owner.isEmpty() ? ownerInside(visibleDescription) : f.owner;
        List<String> tags = new ArrayList<>();
        Tags.collect(visibleDescription, tags);
        String description = withoutComments(rawBody.substring(0, f.fieldsStart())).strip();
        tags.addAll(f.trailingTags);
        return new TaskLine(lineNumber, symbol, description, owner, f.due, f.scheduled, f.start, f.created,
                f.done, f.cancelled, f.recurrence, f.priority, f.id, f.dependsOn, tags, f.blockId, "");
    }

    /**
     * A task with the positions of its parts in its line.
     *
     * @param symbolStart where the status symbol starts; it ends at {@code symbolEnd}, the closing bracket
     * @param fields      every field, last in the line first, as [start, end) positions in the line
     */
    record TaskAnatomy(TaskLine task, int symbolStart, int symbolEnd, List<TaskFields.FieldSpan> fields) {
        TaskAnatomy {
            fields = List.copyOf(fields);
        }
    }

    /** An {@code @Name} inside the description runs to the next signifier, tag or the end of the line. */
    private static String ownerInside(String description) {
        int at = ownerStart(description, 0);
        if (at < 0) {
            return "";
        }
        int stop = description.length();
        int signifier = Signifiers.indexOfAny(description, at);
        if (signifier >= 0) {
            stop = signifier;
        }
        int tag = Tags.indexOfTag(description, at);
        if (tag >= 0 && tag < stop) {
            stop = tag;
        }
        return description.substring(at + 1, stop).strip();
    }

    private static String withoutComments(String text) {
        return text.indexOf("<!--") < 0 ? text : text.replaceAll("<!--.*?(-->|$)", "").replaceAll("\\s{2,}", " ");
    }

    static int ownerStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (startsOwner(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** An owner's '@' starts a word and is followed by a name: "bob@example.com" and "@ 5pm" are not owners. */
    static boolean startsOwner(String text, int i) {
        return text.charAt(i) == '@' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    static Optional<LocalDate> parseDate(String s) {
        return s.length() == 10 ? parseDate(s, 0) : Optional.empty();
    }

    /** The YYYY-MM-DD date in the ten chars from {@code from}, when they are one. */
    static Optional<LocalDate> parseDate(String s, int from) {
        if (s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return Optional.empty();
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(from + i) < '0' || s.charAt(from + i) > '9')) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(s, from, from + 4, 10),
                    Integer.parseInt(s, from + 5, from + 7, 10), Integer.parseInt(s, from + 8, from + 10, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
