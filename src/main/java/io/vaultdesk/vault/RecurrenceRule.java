package io.vaultdesk.vault;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Obsidian Tasks' recurrence rules ({@code 🔁 every ...}) that VaultDesk can move a task along:
 * every [N] days, weeks (optionally on named weekdays), weekday, months (optionally on the Nth or last day) and
 * years, each optionally {@code when done}. Tasks hands the text to the rrule library; the dates computed here
 * follow what that library and Tasks' corrections give for these forms:
 * <ul>
 *   <li>the next date is strictly after the base (the task's reference date, or today for {@code when done});</li>
 *   <li>"every month" from the 31st goes to the last day of a shorter month instead of skipping it, and
 *       "every year" from 29 February goes to the 28th (Tasks moves the date earlier rather than skip);</li>
 *   <li>"every month on the 31st" names the day, so months without it are skipped, as rrule does;</li>
 *   <li>"every N weeks/months on ..." counts weeks (Monday-based) and months from the base's own.</li>
 * </ul>
 * A rule outside this subset (such as "every month on the last Friday") is not parsed: a caller must not
 * complete such a task as if it did not recur.
 *
 * @param dayOfMonth 1-31, {@link #LAST_DAY}, or 0 when the rule names no day of the month
 * @param weekdays   the days a weekly rule names; empty when it names none
 */
public record RecurrenceRule(Unit unit, int interval, Set<DayOfWeek> weekdays, int dayOfMonth, boolean whenDone) {
    public static final int LAST_DAY = -1;

    public enum Unit { DAY, WEEK, MONTH, YEAR }

    private static final Pattern RULE = Pattern.compile(
            "every(?: (\\d{1,4}))? (days?|weeks?|months?|years?|weekday)(?: on (.+?))?( when done)?");
    private static final Pattern WEEKDAYS_ONLY = Pattern.compile("every ([a-z, ]+?)( when done)?");
    private static final Pattern MONTH_DAY = Pattern.compile("the (?:(\\d{1,2})(?:st|nd|rd|th)|(last)(?: day)?)");
    /** A rule naming a day that its months never have (the 31st every 12 months from February) has no date. */
    private static final int MONTHS_TO_SEARCH = 12 * 8;

    public RecurrenceRule {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1: " + interval);
        }
    }

    /** The rule, or empty when the text is not one of the forms this class can compute. */
    public static Optional<RecurrenceRule> parse(String text) {
        String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = RULE.matcher(t);
        if (m.matches()) {
            return fromParts(m.group(1), m.group(2), m.group(3), m.group(4) != null);
        }
        Matcher days = WEEKDAYS_ONLY.matcher(t); // "every Sunday", "every Tuesday, Friday"
        if (days.matches()) {
            return weekdays(days.group(1))
                    .map(d -> new RecurrenceRule(Unit.WEEK, 1, d, 0, days.group(2) != null));
        }
        return Optional.empty();
    }

    private static Optional<RecurrenceRule> fromParts(String count, String unitWord, String on, boolean whenDone) {
        int interval = count == null ? 1 : Integer.parseInt(count);
        if (interval < 1) {
            return Optional.empty();
        }
        if (unitWord.equals("weekday")) {
            return count != null || on != null ? Optional.empty() : Optional.of(new RecurrenceRule(Unit.WEEK, 1,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 0, whenDone));
        }
        Unit unit = Unit.valueOf(unitWord.replaceAll("s$", "").toUpperCase(Locale.ROOT));
        if (on == null) {
            return Optional.of(new RecurrenceRule(unit, interval, Set.of(), 0, whenDone));
        }
        if (unit == Unit.WEEK) {
            return weekdays(on).map(d -> new RecurrenceRule(unit, interval, d, 0, whenDone));
        }
        if (unit == Unit.MONTH) {
            Matcher day = MONTH_DAY.matcher(on);
            if (!day.matches()) {
                return Optional.empty();
            }
            int dayOfMonth = day.group(2) != null ? LAST_DAY : Integer.parseInt(day.group(1));
            return dayOfMonth == 0 || dayOfMonth > 31 ? Optional.empty()
                    : Optional.of(new RecurrenceRule(unit, interval, Set.of(), dayOfMonth, whenDone));
        }
        return Optional.empty();
    }

    /** "monday", "tue, friday", "monday and thursday": rrule's spellings of weekday lists. */
    private static Optional<Set<DayOfWeek>> weekdays(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : list.split(",| and ")) {
            Optional<DayOfWeek> day = weekday(word.strip());
            if (day.isEmpty()) {
                return Optional.empty();
            }
            days.add(day.get());
        }
        return Optional.of(days);
    }

    private static Optional<DayOfWeek> weekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 3))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The rule's first date strictly after {@code base}; empty when it has none (the 31st of every February). */
    public Optional<LocalDate> nextAfter(LocalDate base) {
        return switch (unit) {
            case DAY -> Optional.of(base.plusDays(interval));
            case WEEK -> Optional.of(weekdays.isEmpty() ? base.plusWeeks(interval) : nextWeekday(base));
            case MONTH -> dayOfMonth == 0 ? Optional.of(base.plusMonths(interval)) : nextMonthDay(base);
            case YEAR -> Optional.of(base.plusYears(interval));
        };
    }

    private LocalDate nextWeekday(LocalDate base) {
        LocalDate baseWeek = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate d = base.plusDays(1); ; d = d.plusDays(1)) {
            long week = ChronoUnit.WEEKS.between(baseWeek, d);
            if (week % interval == 0 && weekdays.contains(d.getDayOfWeek())) {
                return d; // found within interval + 1 weeks: the base's week or the next one in the series
            }
        }
    }

    private Optional<LocalDate> nextMonthDay(LocalDate base) {
        YearMonth first = YearMonth.from(base);
        for (int k = 0; k <= MONTHS_TO_SEARCH * interval; k += interval) {
            YearMonth month = first.plusMonths(k);
            if (dayOfMonth == LAST_DAY || dayOfMonth <= month.lengthOfMonth()) {
                LocalDate candidate = dayOfMonth == LAST_DAY ? month.atEndOfMonth() : month.atDay(dayOfMonth);
                if (candidate.isAfter(base)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The dates of the next occurrence, as Tasks moves them: the reference date (due, else scheduled, else start)
     * goes to the rule's next date after it, or after today for {@code when done} or a task with no date; the other
     * dates keep their distance in days to it. A task with no dates gets none. Empty when the rule has no next date.
     */
    public Optional<Dates> next(Dates current, LocalDate today) {
        Optional<LocalDate> reference = current.reference();
        LocalDate base = whenDone || reference.isEmpty() ? today : reference.get();
        return nextAfter(base).map(next -> reference.isEmpty() ? current
                : new Dates(shift(current.start(), reference.get(), next),
                        shift(current.scheduled(), reference.get(), next),
                        shift(current.due(), reference.get(), next)));
    }

    private static Optional<LocalDate> shift(Optional<LocalDate> date, LocalDate from, LocalDate to) {
        return date.map(d -> to.plusDays(ChronoUnit.DAYS.between(from, d)));
    }

    /** The three dates a recurrence moves. */
    public record Dates(Optional<LocalDate> start, Optional<LocalDate> scheduled, Optional<LocalDate> due) {
        Optional<LocalDate> reference() {
            return due.or(() -> scheduled).or(() -> start);
        }
    }
}
