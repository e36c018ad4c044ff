package io.vaultdesk.app.board;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The board's due-date columns. Weeks run Monday to Sunday (ISO), as in Obsidian Tasks' "this week"; "This week"
 * is what is due after today up to Sunday, "Next week" the seven days after that.
 */
public enum DueBucket {
    OVERDUE("Overdue"),
    TODAY("Today"),
    THIS_WEEK("This week"),
    NEXT_WEEK("Next week"),
    LATER("Later"),
    NO_DATE("No date");

    private final String label;

    DueBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DueBucket of(Optional<LocalDate> due, LocalDate today) {
        if (due.isEmpty()) {
            return NO_DATE;
        }
        LocalDate d = due.get();
        if (d.isBefore(today)) {
            return OVERDUE;
        }
        if (d.equals(today)) {
            return TODAY;
        }
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (!d.isAfter(sunday)) {
            return THIS_WEEK;
        }
        return d.isAfter(sunday.plusWeeks(1)) ? LATER : NEXT_WEEK;
    }

    /**
     * The due date a card dropped on this column gets: today; this week's Friday (its Sunday once Friday has
     * passed); next week's Monday; the Monday after that. Empty for "No date", which removes the date. Overdue, and
     * "This week" on a Sunday, have no date to give: {@code null}.
     */
    public Optional<LocalDate> dropDate(LocalDate today) {
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return switch (this) {
            case OVERDUE -> null;
            case TODAY -> Optional.of(today);
            case THIS_WEEK -> {
                LocalDate friday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                LocalDate day = friday.isAfter(today) && friday.isBefore(nextMonday) ? friday : sunday;
                yield day.isAfter(today) ? Optional.of(day) : null;
            }
            case NEXT_WEEK -> Optional.of(nextMonday);
            case LATER -> Optional.of(nextMonday.plusWeeks(1));
            case NO_DATE -> Optional.empty();
        };
    }
}
