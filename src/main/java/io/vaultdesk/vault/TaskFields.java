package io.vaultdesk.vault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fields of one task, taken off the end of its text one at a time (see {@link TaskLineParser}). */
final class TaskFields {
    private String rest;
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

    TaskFields(String body) {
        this.rest = body.strip();
        this.fieldsStart = body.length();
    }

    String rest() {
        return rest;
    }

    int fieldsStart() {
        return fieldsStart;
    }

    boolean takeBlockId() {
        int caret = rest.lastIndexOf('^');
        if (caret <= 0 || !Character.isWhitespace(rest.charAt(caret - 1)) || caret == rest.length() - 1
                || !allMatch(rest, caret + 1, rest.length(), "-")) {
            return false;
        }
        blockId = Optional.of(rest.substring(caret + 1));
        cut(caret, Field.BLOCK_ID);
        return true;
    }

    boolean takeTrailingTag() {
        int hash = rest.lastIndexOf('#');
        if (hash < 0 || Tags.tagEnd(rest, hash) != rest.length()) {
            return false;
        }
        trailingTags.add(0, rest.substring(hash + 1));
        cut(hash, Field.TAG);
        return true;
    }

    boolean takePriority() {
        String withoutVariation = rest.endsWith("\uFE0F") ? rest.substring(0, rest.length() - 1) : rest;
        for (Priority p : Priority.values()) {
            if (p != Priority.NONE && withoutVariation.endsWith(p.signifier())) {
                priority = p;
                cut(withoutVariation.length() - p.signifier().length(), Field.PRIORITY);
                return true;
            }
        }
        return false;
    }

    boolean takeRecurrence() {
        int at = rest.lastIndexOf(Signifiers.RECURRENCE);
        if (at < 0) {
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
        int at = rest.lastIndexOf(Signifiers.ID);
        if (at < 0) {
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
        int at = rest.lastIndexOf(Signifiers.DEPENDS_ON);
        if (at < 0) {
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
        int at = rest.lastIndexOf('@');
        if (at < 0 || !TaskLineParser.startsOwner(rest, at)) {
            return false;
        }
        String name = rest.substring(at + 1).strip();
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
        if (rest.length() < 11 || !hasDateShape(rest.substring(rest.length() - 10))) {
            return false;
        }
        Optional<LocalDate> date = TaskLineParser.parseDate(rest.substring(rest.length() - 10));
        String before = rest.substring(0, rest.length() - 10).stripTrailing();
        if (before.endsWith("\uFE0F")) {
            before = before.substring(0, before.length() - 1);
        }
        for (DateField field : DateField.values()) {
            for (String signifier : field.signifiers) {
                if (before.endsWith(signifier)) {
                    set(field, date);
                    return cut(before.length() - signifier.length(), field.field);
                }
            }
        }
        return false;
    }

    private static boolean hasDateShape(String s) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
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
        return rest.substring(from).strip();
    }

    private boolean cut(int at, Field field) {
        spans.add(new FieldSpan(field, at, rest.length()));
        fieldsStart = at;
        rest = rest.substring(0, at).stripTrailing();
        return true;
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
