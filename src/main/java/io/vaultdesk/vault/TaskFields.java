package io.vaultdesk.vault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one task, taken off the end of its text one at a time (see {@link TaskLineParser}). What is left
 * is the start of the text up to {@link #end}: each field taken moves the end back, and only the values found are
 * cut out as strings. Cutting the rest at every field was an eighth of what the parsing thread allocated in a
 * full build.
 */
final class TaskFields {
    /** values() copies its array on every call, and these are asked for on every task line of a build. */
    private static final Priority[] PRIORITIES = Priority.values();
    private static final DateField[] DATE_FIELDS = DateField.values();
    private final String text;
    /** The text not yet taken as fields is [0, end), without trailing whitespace. */
    private int end;
    /** Where the fields begin in the body: the description is everything before. */
    private int fieldsStart;
    String owner = "";
    Optional<LocalDate> due = Optional.empty();
    Optional<LocalDate> scheduled = Optional.empty();
    Optional<LocalDate> start = Optional.empty();
    Optional<LocalDate> created = Optional.empty();
    Optional<LocalDate> done = Optional.empty();
    Optional<LocalDate> cancelled = Optional.empty();
    Optional<String> recurrence = Optional.empty();
    Optional<String> id = Optional.empty();
    Optional<String> blockId = Optional.empty();
    List<String> dependsOn = List.of();
    Priority priority = Priority.NONE;
    /** In line order; collected from the end, so each is put first. */
    final List<String> trailingTags = new ArrayList<>();
    /** Where each field was found in the body, last field first: what an edit of the line needs. */
    final List<FieldSpan> spans = new ArrayList<>();
    /**
     * The signifiers and marks found absent from what is left. Every round of {@link TaskLineParser} tries each
     * field again; the end only moves back, so a mark once missing stays missing, and the rare ones (^, 🔁, 🆔, ⛔)
     * are looked for once a line instead of once a round, each look a scan of the line from its end.
     */
    private boolean noCaret;
    private boolean noRecurrence;
    private boolean noId;
    private boolean noDependsOn;

    /** @param body the task's text after its checkbox, starting with no whitespace */
    TaskFields(String body) {
        this.text = body;
        this.end = trimmedEnd(body.length());
        this.fieldsStart = body.length();
    }

    /** The text before the fields: the description as written, tags and an owner inside it included. */
    String rest() {
        return text.substring(0, end);
    }

    int fieldsStart() {
        return fieldsStart;
    }

    boolean takeBlockId() {
        if (noCaret) {
            return false;
        }
        int caret = text.lastIndexOf('^', end - 1);
        noCaret = caret < 0;
        if (caret <= 0 || !Character.isWhitespace(text.charAt(caret - 1)) || caret == end - 1
                || !allMatch(text, caret + 1, end, "-")) {
            return false;
        }
        blockId = Optional.of(text.substring(caret + 1, end));
        cut(caret, Field.BLOCK_ID);
        return true;
    }

    boolean takeTrailingTag() {
        int hash = text.lastIndexOf('#', end - 1);
        if (hash < 0 || Tags.tagEnd(text, hash, end) != end) {
            return false;
        }
        trailingTags.add(0, text.substring(hash + 1, end));
        cut(hash, Field.TAG);
        return true;
    }

    boolean takePriority() {
        int withoutVariation = end > 0 && text.charAt(end - 1) == '\uFE0F' ? end - 1 : end;
        for (Priority p : PRIORITIES) {
            if (p != Priority.NONE && endsWith(withoutVariation, p.signifier())) {
                priority = p;
                cut(withoutVariation - p.signifier().length(), Field.PRIORITY);
                return true;
            }
        }
        return false;
    }

    boolean takeRecurrence() {
        int at = noRecurrence ? -1 : lastIndexOf(Signifiers.RECURRENCE);
        if (at < 0) {
            noRecurrence = true;
            return false;
        }
        String rule = value(at + Signifiers.RECURRENCE.length());
        if (rule.isEmpty() || !allMatch(rule, 0, rule.length(), ", !")) {
            return false;
        }
        recurrence = Optional.of(rule);
        cut(at, Field.RECURRENCE);
        return true;
    }

    boolean takeId() {
        int at = noId ? -1 : lastIndexOf(Signifiers.ID);
        if (at < 0) {
            noId = true;
            return false;
        }
        String value = value(at + Signifiers.ID.length());
        if (value.isEmpty() || !allMatch(value, 0, value.length(), "-_")) {
            return false;
        }
        id = Optional.of(value);
        cut(at, Field.ID);
        return true;
    }

    boolean takeDependsOn() {
        int at = noDependsOn ? -1 : lastIndexOf(Signifiers.DEPENDS_ON);
        if (at < 0) {
            noDependsOn = true;
            return false;
        }
        String value = value(at + Signifiers.DEPENDS_ON.length());
        if (value.isEmpty() || !allMatch(value, 0, value.length(), "-_, ")) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                ids.add(part.strip());
            }
        }
        dependsOn = ids;
        cut(at, Field.DEPENDS_ON);
        return true;
    }

    /** {@code @Name} at the end: the name holds no signifier, tag or second '@'. */
    boolean takeOwner() {
        int at = text.lastIndexOf('@', end - 1);
        if (at < 0 || at + 1 >= end || !TaskLineParser.startsOwner(text, at)) {
            return false;
        }
        String name = text.substring(at + 1, end).strip();
        if (name.isEmpty() || Signifiers.indexOfAny(name, 0) >= 0 || Tags.indexOfTag(name, 0) >= 0) {
            return false;
        }
        if (owner.isEmpty()) {
            owner = name;
        }
        cut(at, Field.OWNER);
        return true;
    }

    /**
     * A date field is taken off when it has the shape YYYY-MM-DD, as in Obsidian Tasks; an impossible date
     * (2025-02-30) leaves the field empty rather than stopping the reading of the others.
     */
    boolean takeAnyDate() {
        if (end < 11 || !hasDateShape(text, end - 10)) {
            return false;
        }
        int before = trimmedEnd(end - 10);
        if (before > 0 && text.charAt(before - 1) == '\uFE0F') {
            before--;
        }
        for (DateField field : DATE_FIELDS) {
            for (String signifier : field.signifiers) {
                if (endsWith(before, signifier)) {
                    set(field, TaskLineParser.parseDate(text, end - 10));
                    return cut(before - signifier.length(), field.field);
                }
            }
        }
        return false;
    }

    private static boolean hasDateShape(String s, int from) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(from + i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private void set(DateField field, Optional<LocalDate> date) {
        switch (field) {
            case DUE -> due = date;
            case SCHEDULED -> scheduled = date;
            case START -> start = date;
            case CREATED -> created = date;
            case DONE -> done = date;
            case CANCELLED -> cancelled = date;
        }
    }

    private enum DateField {
        DUE(Signifiers.DUE_ALTERNATIVES, Field.DUE), SCHEDULED(Signifiers.SCHEDULED, Field.SCHEDULED),
        START(List.of(Signifiers.START), Field.START), CREATED(List.of(Signifiers.CREATED), Field.CREATED),
        DONE(List.of(Signifiers.DONE), Field.DONE), CANCELLED(List.of(Signifiers.CANCELLED), Field.CANCELLED);

        final List<String> signifiers;
        final Field field;

        DateField(List<String> signifiers, Field field) {
            this.signifiers = signifiers;
            this.field = field;
        }
    }

    private String value(int from) {
        return text.substring(from, end).strip();
    }

    private boolean cut(int at, Field field) {
        spans.add(new FieldSpan(field, at, end));
        fieldsStart = at;
        end = trimmedEnd(at);
        return true;
    }

    /** Where the text before {@code limit} ends without its trailing whitespace (as String.stripTrailing). */
    private int trimmedEnd(int limit) {
        int e = limit;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Whether [0, limit) of the text ends with {@code s}. */
    private boolean endsWith(int limit, String s) {
        return limit >= s.length() && text.startsWith(s, limit - s.length());
    }

    /** The last {@code s} wholly within what is left, or -1. */
    private int lastIndexOf(String s) {
        return text.lastIndexOf(s, end - s.length());
    }

    /** True when every char in [from, to) is a letter, digit or one of {@code extra}. */
    private static boolean allMatch(String s, int from, int to, String extra) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || extra.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** The kinds of field a task line can end with. */
    enum Field {
        BLOCK_ID, TAG, PRIORITY, RECURRENCE, ID, DEPENDS_ON, OWNER, DUE, SCHEDULED, START, CREATED, DONE, CANCELLED
    }

    /** One field's text, from its signifier to the end of its value: [start, end) in the task's body. */
    record FieldSpan(Field field, int start, int end) {
    }
}
