package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleTest {
    private static LocalDate next(String rule, String from) {
        return RecurrenceRule.parse(rule).orElseThrow(() -> new AssertionError("not parsed: " + rule))
                .nextAfter(LocalDate.parse(from)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "every day|2025-11-08|2025-11-09",
            "every 2 days|2025-11-08|2025-11-10",
            "every 3 days|2025-12-30|2026-01-02",
            "every week|2025-11-08|2025-11-15",
            "every 2 weeks|2021-10-30|2021-11-13",
            // 2025-11-08 is a Saturday
            "every week on Monday|2025-11-08|2025-11-10",
            "every week on Saturday|2025-11-08|2025-11-15",
            "every week on Tuesday, Friday|2025-11-11|2025-11-14",
            "every week on Tuesday and Friday|2025-11-14|2025-11-18",
            "every Sunday|2021-04-25|2021-05-02",
            "every weekday|2025-11-07|2025-11-10",
            "every weekday|2025-11-08|2025-11-10",
            "every weekday|2025-11-10|2025-11-11",
            // rrule counts weeks from the base's own (Monday-based): Wednesday base, Friday of the same week
            "every 3 weeks on Friday|2025-11-05|2025-11-07",
            "every 3 weeks on Friday|2025-11-07|2025-11-28",
            "every 2 weeks on Monday|2025-11-08|2025-11-17",
            "every month|2025-11-08|2025-12-08",
            "every 2 months|2025-11-08|2026-01-08",
            "every month on the 1st|2025-11-08|2025-12-01",
            "every month on the 1st|2025-11-01|2025-12-01",
            "every month on the 15th|2025-11-08|2025-11-15",
            "every month on the 2nd|2025-11-08|2025-12-02",
            "every month on the 3rd|2025-11-08|2025-12-03",
            "every month on the last|2022-01-31|2022-02-28",
            "every month on the last day|2022-02-28|2022-03-31",
            "every month on the last day|2022-03-15|2022-03-31",
            "every 6 months on the 1st|2025-11-08|2026-05-01",
            "every year|2025-11-08|2026-11-08",
            "every 2 years|2025-11-08|2027-11-08"})
    void eachForm(String rule, String from, String expected) {
        assertEquals(LocalDate.parse(expected), next(rule, from));
    }

    /** The examples of Tasks' documentation on monthly recurrence. */
    @Test
    void monthEnds() {
        // "every month" moves earlier when the day does not exist, and from then on stays on the earlier day
        assertEquals(LocalDate.parse("2021-11-30"), next("every month", "2021-10-31"));
        assertEquals(LocalDate.parse("2021-12-30"), next("every month", "2021-11-30"));
        assertEquals(LocalDate.parse("2022-02-28"), next("every month", "2022-01-30"));
        assertEquals(LocalDate.parse("2022-04-30"), next("every 3 months", "2022-01-31"));
        // "on the 31st" names the day: months without it are skipped
        assertEquals(LocalDate.parse("2022-03-31"), next("every month on the 31st", "2022-01-31"));
        assertEquals(LocalDate.parse("2022-05-31"), next("every month on the 31st", "2022-03-31"));
        assertEquals(LocalDate.parse("2022-03-30"), next("every month on the 30th", "2022-01-30"));
    }

    @Test
    void leapYears() {
        assertEquals(LocalDate.parse("2024-02-29"), next("every month", "2024-01-31"));
        assertEquals(LocalDate.parse("2023-02-28"), next("every month", "2023-01-29"));
        assertEquals(LocalDate.parse("2025-02-28"), next("every year", "2024-02-29"));
        assertEquals(LocalDate.parse("2028-02-29"), next("every 4 years", "2024-02-29"));
        assertEquals(LocalDate.parse("2024-02-29"), next("every month on the last", "2024-01-31"));
        assertEquals(LocalDate.parse("2024-03-29"), next("every month on the 29th", "2024-02-29"));
        assertEquals(LocalDate.parse("2024-03-01"), next("every day", "2024-02-29"));
        assertEquals(LocalDate.parse("2024-02-29"), next("every day", "2024-02-28"));
    }

    @Test
    void aNamedDayThatNeverComesHasNoNextDate() {
        assertEquals(Optional.empty(),
                RecurrenceRule.parse("every 12 months on the 31st").orElseThrow().nextAfter(LocalDate.of(2025, 2, 1)));
    }

    @Test
    void parsesTheParts() {
        assertEquals(new RecurrenceRule(RecurrenceRule.Unit.WEEK, 1, Set.of(DayOfWeek.MONDAY), 0, true),
                RecurrenceRule.parse("every week on Monday when done").orElseThrow());
        assertEquals(new RecurrenceRule(RecurrenceRule.Unit.DAY, 10, Set.of(), 0, true),
                RecurrenceRule.parse("Every  10 days WHEN DONE").orElseThrow());
        assertEquals(new RecurrenceRule(RecurrenceRule.Unit.MONTH, 1, Set.of(), RecurrenceRule.LAST_DAY, false),
                RecurrenceRule.parse("every month on the last day").orElseThrow());
        assertEquals(new RecurrenceRule(RecurrenceRule.Unit.WEEK, 1,
                        Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), 0, false),
                RecurrenceRule.parse("every tue, fri").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"every month on the last Friday", "every month on the 2nd last Friday",
            "every January on the 15th", "every 0 days", "every month on the 32nd", "every month on the 0th",
            "every day on Monday", "every 2 weekdays", "daily", "every", "every fortnight", "every week on Funday",
            "every year on the 1st", "every month on the 1st and 15th", "every 3 days for 5 times"})
    void rulesOutsideTheSubsetAreNotParsed(String rule) {
        assertTrue(RecurrenceRule.parse(rule).isEmpty(), rule);
    }

    @Test
    void movesTheOtherDatesKeepingTheirDistanceToTheReference() {
        RecurrenceRule weekly = RecurrenceRule.parse("every week").orElseThrow();
        LocalDate today = LocalDate.of(2030, 1, 1);
        RecurrenceRule.Dates dates = new RecurrenceRule.Dates(Optional.of(LocalDate.of(2025, 11, 1)),
                Optional.of(LocalDate.of(2025, 11, 6)), Optional.of(LocalDate.of(2025, 11, 8)));
        assertEquals(new RecurrenceRule.Dates(Optional.of(LocalDate.of(2025, 11, 8)),
                Optional.of(LocalDate.of(2025, 11, 13)), Optional.of(LocalDate.of(2025, 11, 15))),
                weekly.next(dates, today).orElseThrow());
        // without a due date the scheduled date is the reference; without both, the start date
        RecurrenceRule.Dates noDue = new RecurrenceRule.Dates(Optional.of(LocalDate.of(2025, 11, 1)),
                Optional.of(LocalDate.of(2025, 11, 6)), Optional.empty());
        assertEquals(new RecurrenceRule.Dates(Optional.of(LocalDate.of(2025, 11, 8)),
                Optional.of(LocalDate.of(2025, 11, 13)), Optional.empty()), weekly.next(noDue, today).orElseThrow());
    }

    @Test
    void whenDoneMovesTheReferenceFromTodayAndTheOthersWithIt() {
        RecurrenceRule rule = RecurrenceRule.parse("every month when done").orElseThrow();
        RecurrenceRule.Dates dates = new RecurrenceRule.Dates(Optional.empty(),
                Optional.of(LocalDate.of(2025, 1, 29)), Optional.of(LocalDate.of(2025, 1, 31)));
        assertEquals(new RecurrenceRule.Dates(Optional.empty(), Optional.of(LocalDate.of(2025, 2, 26)),
                Optional.of(LocalDate.of(2025, 2, 28))), rule.next(dates, LocalDate.of(2025, 1, 31)).orElseThrow());
        assertEquals(new RecurrenceRule.Dates(Optional.empty(), Optional.of(LocalDate.of(2025, 3, 8)),
                Optional.of(LocalDate.of(2025, 3, 10))), rule.next(dates, LocalDate.of(2025, 2, 10)).orElseThrow());
    }
}
