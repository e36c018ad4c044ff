package io.vaultdesk.app;

import io.vaultdesk.vault.TaskLineEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A change to one task that the board or the CLI asks for; {@link #apply} makes it on the line as written. */
public sealed interface TaskEdit {
    /** The lines that replace the task's line (two when a completed recurring task gets its next occurrence). */
    List<String> apply(String line, String indexedOwner, LocalDate today);

    /** What the status bar says once it is written. */
    String done();

    /** Tick or untick: open and in progress become done, done and cancelled become open. */
    record Toggle() implements TaskEdit {
        @Override
        public List<String> apply(String line, String indexedOwner, LocalDate today) {
            return TaskLineEdit.toggle(line, today).lines();
        }

        @Override
        public String done() {
            return "Toggled";
        }
    }

    /** Any status: {@code ' '} open, {@code 'x'} done, {@code '-'} cancelled, {@code '/'} in progress. */
    record SetStatus(char symbol) implements TaskEdit {
        @Override
        public List<String> apply(String line, String indexedOwner, LocalDate today) {
            return TaskLineEdit.setStatus(line, symbol, today).lines();
        }

        @Override
        public String done() {
            return switch (symbol) {
                case ' ' -> "Marked open";
                case 'x', 'X' -> "Marked done";
                case '-' -> "Cancelled";
                case '/' -> "Marked in progress";
                default -> "Status set to [" + symbol + "]";
            };
        }
    }

    /** A new due date, or none. */
    record SetDue(Optional<LocalDate> due) implements TaskEdit {
        @Override
        public List<String> apply(String line, String indexedOwner, LocalDate today) {
            return List.of(TaskLineEdit.setDue(line, due));
        }

        @Override
        public String done() {
            return due.map(d -> "Due " + d).orElse("Due date removed");
        }
    }

    /** A new owner, or none. */
    record SetOwner(Optional<String> owner) implements TaskEdit {
        @Override
        public List<String> apply(String line, String indexedOwner, LocalDate today) {
            return List.of(TaskLineEdit.setOwner(line, indexedOwner, owner));
        }

        @Override
        public String done() {
            return owner.map(o -> "Given to " + o).orElse("Owner removed");
        }
    }

    /** Two one-line edits of the same task at once, as when a card is dropped in another lane and column. */
    record Both(TaskEdit first, TaskEdit second) implements TaskEdit {
        @Override
        public List<String> apply(String line, String indexedOwner, LocalDate today) {
            List<String> once = first.apply(line, indexedOwner, today);
            if (once.size() != 1) {
                throw new IllegalStateException("only one-line edits combine");
            }
            return second.apply(once.get(0), indexedOwner, today);
        }

        @Override
        public String done() {
            return first.done() + "; " + second.done().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
