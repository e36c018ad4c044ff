package io.vaultdesk.vault;

import io.vaultdesk.vault.TaskFields.Field;
import io.vaultdesk.vault.TaskFields.FieldSpan;
import io.vaultdesk.vault.TaskLineParser.TaskAnatomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Status changes of one task line, as Obsidian Tasks makes them, but as small splices: only the status symbol and
 * the fields that must change are touched, so indentation, quote markers, the list marker, the order of the fields,
 * spacing and variation selectors stay as the user wrote them (Tasks itself rewrites the whole line).
 *
 * <p>Transitions follow Tasks' default statuses: toggling an open or in-progress task makes it done, a done or
 * cancelled one open. A date is added when a task enters done (✅) or cancelled (❌), kept while it stays there, and
 * removed when it leaves. Completing a recurring task also yields its next occurrence (see {@link RecurrenceRule}).
 * A new field goes at the end of the line's text, before a trailing {@code ^block-id}, which must stay last.
 *
 * <p>Lines are edited as they are in the file. When a line is mojibake ({@code ğŸ“…} for 📅), the fields are found
 * on its repaired text and the splices are mapped back to the mis-encoded text, which is otherwise kept. What is
 * added (a ✅ and its date) is written as proper UTF-8, not imitated as mojibake: the repair leaves proper
 * characters alone, so the line still reads right, and a later repair of the file has one thing less to undo.
 */
public final class TaskLineEdit {
    private static final TaskLineParser PARSER = new TaskLineParser();

    private TaskLineEdit() {
    }

    /** Tasks' "toggle done": open or in progress → done; done or cancelled → open. */
    public static LineEditResult toggle(String line, LocalDate today) {
        EditableTask task = EditableTask.read(line);
        char next = task.status().isOpen() ? 'x' : ' ';
        return setStatus(task, next, today);
    }

    /**
     * Sets the status symbol ({@code ' '}, {@code 'x'}, {@code '-'}, {@code '/'}, or any other one-character
     * status), adding or removing the done and cancelled dates to match.
     */
    public static LineEditResult setStatus(String line, char symbol, LocalDate today) {
        if (symbol == '[' || symbol == ']' || symbol == '\n' || symbol == '\r' || Character.isSurrogate(symbol)) {
            throw new IllegalArgumentException("not a status symbol: " + (int) symbol);
        }
        return setStatus(EditableTask.read(line), symbol, today);
    }

    /**
     * The next occurrence of a recurring task: open, with its due, scheduled and start dates moved by the rule, and
     * without what belongs to the completed one only: done and cancelled dates, block id, {@code 🆔} and {@code ⛔}
     * (as in Tasks). A created date becomes today: a user who keeps created dates has Tasks write one on new tasks.
     * Empty when the task does not recur.
     *
     * @throws LineEditException when the rule is one VaultDesk cannot follow, or a date it moves does not exist
     */
    public static Optional<String> nextOccurrence(String line, LocalDate today) {
        EditableTask task = EditableTask.read(line);
        return task.anatomy.task().recurrence().map(rule -> nextOccurrence(task, rule, today));
    }

    /**
     * Sets the due date ({@code 📅}) where it is written, adds it at the end when the task has none, or removes it
     * (empty {@code due}).
     */
    public static String setDue(String line, Optional<LocalDate> due) {
        EditableTask task = EditableTask.read(line);
        List<FieldSpan> existing = task.spans(Field.DUE);
        List<Splice> splices = new ArrayList<>();
        if (due.isEmpty()) {
            existing.forEach(s -> splices.add(task.removal(s)));
        } else if (existing.isEmpty()) {
            splices.add(task.insertion(Signifiers.DUE_ALTERNATIVES.get(0) + " " + due.get()));
        } else {
            existing.forEach(s -> splices.add(EditableTask.dateValue(s, due.get())));
        }
        return task.apply(splices);
    }

    /**
     * Gives the task to another owner ({@code @Name}), or to none (empty {@code owner}). The owner written after
     * the description is replaced where it is; a task without one gets it at the end of its description, before
     * its fields. Where the owner is written inside the description ({@code "@Ana to send the deck"}), rewriting it
     * would change the sentence, so the edit is refused.
     *
     * @param currentOwner the owner as the index resolved it (a person's name may be followed by more words)
     */
    public static String setOwner(String line, String currentOwner, Optional<String> owner) {
        owner.ifPresent(TaskLineEdit::requireOwnerName);
        EditableTask task = EditableTask.read(line);
        List<FieldSpan> existing = task.spans(Field.OWNER);
        String text = task.repaired.text();
        List<Splice> splices = new ArrayList<>();
        if (!existing.isEmpty()) {
            FieldSpan s = existing.get(0); // spans run from the end of the line: the last @name is the owner
            String written = text.substring(s.start(), s.end());
            // "@Ana Silva (lead)": the words after the resolved name stay, however the name's words are spaced
            java.util.regex.Matcher name = ownerName(currentOwner).matcher(written);
            int end = !currentOwner.isBlank() && name.lookingAt() ? s.start() + name.end() : s.end();
            splices.add(owner.map(o -> new Splice(s.start(), end, "@" + o))
                    .orElseGet(() -> task.removal(new FieldSpan(Field.OWNER, s.start(), end))));
        } else if (!task.anatomy.task().ownerRun().isEmpty()) {
            throw new LineEditException("the owner is written inside the task's description; change it in the note");
        } else if (owner.isPresent()) {
            int at = task.descriptionEnd();
            splices.add(new Splice(at, at, " @" + owner.get()));
        }
        return task.apply(splices);
    }

    /** "@" and the owner's words, with any run of blanks between them. */
    private static java.util.regex.Pattern ownerName(String owner) {
        StringBuilder regex = new StringBuilder("@");
        String[] words = owner.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(words[i]));
        }
        return java.util.regex.Pattern.compile(regex.append("(?=\\s|$)").toString());
    }

    /** An owner name runs to the next signifier or tag: one with either would not read back as that owner. */
    private static void requireOwnerName(String name) {
        if (name.isBlank() || !name.strip().equals(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
                || Signifiers.indexOfAny(name, 0) >= 0 || Tags.indexOfTag(name, 0) >= 0 || name.indexOf('@') >= 0
                || name.indexOf('^') >= 0) {
            throw new LineEditException("\"" + name + "\" cannot be written as a task's owner");
        }
    }

    private static LineEditResult setStatus(EditableTask task, char symbol, LocalDate today) {
        TaskLine t = task.anatomy.task();
        if (t.symbol() == symbol) {
            return LineEditResult.of(task.raw);
        }
        TaskStatus from = t.status();
        TaskStatus to = TaskStatus.of(symbol);
        List<Splice> splices = new ArrayList<>();
        splices.add(task.symbolSplice(String.valueOf(symbol)));
        statusDate(task, from, to, TaskStatus.DONE, Field.DONE, Signifiers.DONE, today, splices);
        statusDate(task, from, to, TaskStatus.CANCELLED, Field.CANCELLED, Signifiers.CANCELLED, today, splices);
        Optional<String> next = Optional.empty();
        if (to == TaskStatus.DONE && from != TaskStatus.DONE && t.recurrence().isPresent()) {
            next = Optional.of(nextOccurrence(task, t.recurrence().get(), today));
        }
        return new LineEditResult(task.apply(splices), next);
    }

    /** Tasks' rule for the done and cancelled dates: set on entering the status, kept while in it, else removed. */
    private static void statusDate(EditableTask task, TaskStatus from, TaskStatus to, TaskStatus status, Field field,
                                   String signifier, LocalDate today, List<Splice> splices) {
        if (to == status && from == status) {
            return;
        }
        List<FieldSpan> existing = task.spans(field);
        if (to != status) {
            existing.forEach(s -> splices.add(task.removal(s)));
        } else if (existing.isEmpty()) {
            splices.add(task.insertion(signifier + " " + today));
        } else {
            // a stale date on a task that was not in the status: updated where it was written
            existing.forEach(s -> splices.add(EditableTask.dateValue(s, today)));
        }
    }

    private static String nextOccurrence(EditableTask task, String ruleText, LocalDate today) {
        RecurrenceRule rule = RecurrenceRule.parse(ruleText).orElseThrow(() -> new LineEditException(
                "VaultDesk cannot work out the next date of the rule \"" + ruleText
                        + "\"; complete this task in Obsidian instead"));
        TaskLine t = task.anatomy.task();
        task.requireRealDate(Field.DUE, t.due(), "due");
        task.requireRealDate(Field.SCHEDULED, t.scheduled(), "scheduled");
        task.requireRealDate(Field.START, t.start(), "start");
        RecurrenceRule.Dates next = rule.next(new RecurrenceRule.Dates(t.start(), t.scheduled(), t.due()), today)
                .orElseThrow(() -> new LineEditException("the rule \"" + ruleText + "\" has no next date"));
        List<Splice> splices = new ArrayList<>();
        if (t.symbol() != ' ') {
            splices.add(task.symbolSplice(" "));
        }
        for (FieldSpan s : task.anatomy.fields()) {
            switch (s.field()) {
                case DUE -> splices.add(EditableTask.dateValue(s, next.due().orElseThrow()));
                case SCHEDULED -> splices.add(EditableTask.dateValue(s, next.scheduled().orElseThrow()));
                case START -> splices.add(EditableTask.dateValue(s, next.start().orElseThrow()));
                case CREATED -> splices.add(EditableTask.dateValue(s, today));
                case DONE, CANCELLED, BLOCK_ID, ID, DEPENDS_ON -> splices.add(task.removal(s));
                default -> {
                }
            }
        }
        return task.apply(splices);
    }

    /** Replace [start, end) of the repaired line with text. */
    private record Splice(int start, int end, String text) {
    }

    /** A task line as written, its repaired text and where its parts are in that text. */
    private static final class EditableTask {
        final String raw;
        final MojibakeRepair.RepairedLine repaired;
        final TaskAnatomy anatomy;

        private EditableTask(String raw, MojibakeRepair.RepairedLine repaired, TaskAnatomy anatomy) {
            this.raw = raw;
            this.repaired = repaired;
            this.anatomy = anatomy;
        }

        static EditableTask read(String line) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("one line expected");
            }
            MojibakeRepair.RepairedLine repaired = MojibakeRepair.instance().repairLine(line);
            String visible = new MarkdownMask().mask(repaired.text());
            Optional<TaskAnatomy> anatomy = visible == null ? Optional.empty()
                    : PARSER.anatomy(visible, repaired.text(), 1);
            return new EditableTask(line, repaired, anatomy.orElseThrow(
                    () -> new IllegalArgumentException("not a task line: " + line)));
        }

        TaskStatus status() {
            return anatomy.task().status();
        }

        List<FieldSpan> spans(Field field) {
            return anatomy.fields().stream().filter(s -> s.field() == field).toList();
        }

        Splice symbolSplice(String symbol) {
            return new Splice(anatomy.symbolStart(), anatomy.symbolEnd(), symbol);
        }

        /** A field and the one blank before it, so that adding and then removing a field gives back the line. */
        Splice removal(FieldSpan s) {
            String text = repaired.text();
            boolean blankBefore = s.start() > 0 && (text.charAt(s.start() - 1) == ' '
                    || text.charAt(s.start() - 1) == '\t');
            return new Splice(blankBefore ? s.start() - 1 : s.start(), s.end(), "");
        }

        /** A new field, at the end of the text but before a block id that ends the line. */
        Splice insertion(String field) {
            String text = repaired.text();
            int at = text.stripTrailing().length();
            List<FieldSpan> fields = anatomy.fields();
            if (!fields.isEmpty() && fields.get(0).field() == Field.BLOCK_ID && fields.get(0).end() == at) {
                at = fields.get(0).start();
                while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                    at--;
                }
            }
            return new Splice(at, at, " " + field);
        }

        /** Where the description ends: before the first field in the line, or at the end of the text. */
        int descriptionEnd() {
            String text = repaired.text();
            int at = text.stripTrailing().length();
            for (FieldSpan s : anatomy.fields()) {
                at = Math.min(at, s.start());
            }
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            return at;
        }

        /** A date field's value is its last ten characters. */
        static Splice dateValue(FieldSpan s, LocalDate date) {
            return new Splice(s.end() - 10, s.end(), date.toString());
        }

        void requireRealDate(Field field, Optional<LocalDate> parsed, String name) {
            if (parsed.isEmpty() && !spans(field).isEmpty()) {
                FieldSpan s = spans(field).get(0);
                throw new LineEditException("the task's " + name + " date "
                        + repaired.text().substring(s.end() - 10, s.end()) + " does not exist");
            }
        }

        /** The line as written with the splices made, mapped from the repaired text back to the original one. */
        String apply(List<Splice> splices) {
            List<Splice> ordered = new ArrayList<>(splices);
            ordered.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end).reversed());
            int[] original = repaired.original();
            StringBuilder out = new StringBuilder(raw);
            for (Splice s : ordered) {
                out.replace(original[s.start()], original[s.end()], s.text());
            }
            return out.toString();
        }
    }
}
