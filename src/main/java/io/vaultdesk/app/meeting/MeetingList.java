package io.vaultdesk.app.meeting;

import io.vaultdesk.index.IndexedNote;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings table's rows: the vault's meetings (newest first, as the catalog holds them) filtered and grouped
 * by ISO week or month. A pass over the meetings in memory: 20,000 take 10–30 ms (bench/meetings-benchmark.sh).
 */
public final class MeetingList {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private MeetingList() {
    }

    /** @param meetings newest first; {@code overdue} open tasks past due per note id */
    public static List<MeetingGroup> arrange(List<IndexedNote> meetings, Map<Integer, Integer> overdue,
                                             MeetingFilter filter, MeetingGrouping grouping) {
        String[] words = filter.text().toLowerCase(Locale.ROOT).split("\\s+");
        Map<String, List<MeetingRow>> groups = new LinkedHashMap<>();
        for (IndexedNote m : meetings) {
            Optional<LocalDate> date = date(m);
            if (!matches(m, date, filter, words)) {
                continue;
            }
            String label = switch (grouping) {
                case NONE -> "";
                case WEEK -> date.map(MeetingList::week).orElse("No date");
                case MONTH -> date.map(MONTH::format).orElse("No date");
            };
            groups.computeIfAbsent(label, k -> new ArrayList<>())
                    .add(new MeetingRow(m, overdue.getOrDefault(m.id(), 0)));
        }
        List<MeetingGroup> out = new ArrayList<>();
        groups.forEach((label, rows) -> out.add(new MeetingGroup(label, rows)));
        return out;
    }

    private static String week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return "Week " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + d.get(IsoFields.WEEK_BASED_YEAR)
                + " (from " + DAY.format(monday) + ")";
    }

    /** A meeting's date: the frontmatter's, read as far as its first ten characters ("2025-11-03T10:00"). */
    public static Optional<LocalDate> date(IndexedNote m) {
        return m.date().filter(d -> d.length() >= 10).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean matches(IndexedNote m, Optional<LocalDate> date, MeetingFilter f, String[] words) {
        if (f.account().isPresent() && m.accounts().stream().noneMatch(a -> a.equalsIgnoreCase(f.account().get()))) {
            return false;
        }
        if (f.participant().isPresent()
                && m.participants().stream().noneMatch(p -> p.equalsIgnoreCase(f.participant().get()))) {
            return false;
        }
        if (f.from().isPresent() && (date.isEmpty() || date.get().isBefore(f.from().get()))) {
            return false;
        }
        if (f.to().isPresent() && (date.isEmpty() || date.get().isAfter(f.to().get()))) {
            return false;
        }
        if (f.tag().isPresent()) {
            String wanted = f.tag().get().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
            if (m.tags().stream().map(t -> t.replaceFirst("^#", "").toLowerCase(Locale.ROOT))
                    .noneMatch(t -> t.equals(wanted) || t.startsWith(wanted + "/"))) {
                return false;
            }
        }
        if (words.length > 0 && !(words.length == 1 && words[0].isEmpty())) {
            String hay = (m.title() + "\n" + m.path() + "\n" + String.join("\n", m.accounts()) + "\n"
                    + String.join("\n", m.participants())).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
        }
        return true;
    }
}
