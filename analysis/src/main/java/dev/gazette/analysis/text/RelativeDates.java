package dev.gazette.analysis.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a relative date ("last December", "two weeks ago", "on Tuesday", "March 3 last year")
 * names when the article was written on a given day, in words ("December 2024", "the week of
 * 2025-01-06", "2025-01-07"). Used to say what a relative date in an undated article resolves to
 * when every day of the article's estimated range gives the same answer.
 */
public final class RelativeDates {

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private static final Pattern DAY_IN_YEAR = Pattern.compile("(?:(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")),?\\s+(last|next|this)\\s+year");
    private static final Pattern MONTH = Pattern.compile("(last|next|this|coming|past)\\s+(" + MONTHS + ")");
    private static final Pattern WEEKDAY = Pattern.compile("(on|since|until|by|last|next|this|coming|past)\\s+(" + DAYS + ")");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:(earlier|later)\\s+)?(last|next|this|coming|past)\\s+(week|month|year)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(" + MONTHS + ")\\s+(\\d{4})");
    private static final Pattern AGO = Pattern.compile("(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+"
            + "(day|week|month|year)s?\\s+ago");

    private RelativeDates() {
    }

    /**
     * What {@code expression} names when the article was written on {@code day}, in words, or
     * {@code null} when it names nothing this class can tell (seasons, "a few days ago").
     */
    public static String resolve(String expression, LocalDate day) {
        String e = expression.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        switch (e) {
            case "yesterday" -> {
                return day.minusDays(1).toString();
            }
            case "tomorrow" -> {
                return day.plusDays(1).toString();
            }
            case "the day before yesterday" -> {
                return day.minusDays(2).toString();
            }
            case "the day after tomorrow" -> {
                return day.plusDays(2).toString();
            }
            default -> {
                // the patterns below
            }
        }
        Matcher m = DAY_IN_YEAR.matcher(e);
        if (m.matches()) {
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            int d = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
            int year = day.getYear() + offset(m.group(5));
            Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
            return d <= YearMonth.of(year, mo).lengthOfMonth() ? LocalDate.of(year, mo, d).toString() : null;
        }
        m = MONTH.matcher(e);
        if (m.matches()) {
            Month mo = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int year = day.getYear();
            switch (m.group(1)) {
                case "last", "past" -> year = mo.getValue() < day.getMonthValue() ? year : year - 1;
                case "next", "coming" -> year = mo.getValue() > day.getMonthValue() ? year : year + 1;
                default -> {
                    // this: the month of the article's year
                }
            }
            return month(YearMonth.of(year, mo));
        }
        m = WEEKDAY.matcher(e);
        if (m.matches()) {
            DayOfWeek w = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            return switch (m.group(1)) {
                case "last", "past" -> day.with(TemporalAdjusters.previous(w)).toString();
                case "next", "coming", "until", "by" -> day.with(TemporalAdjusters.next(w)).toString();
                default -> day.with(TemporalAdjusters.previousOrSame(w)).toString();
            };
        }
        m = PERIOD.matcher(e);
        if (m.matches()) {
            int step = offset(m.group(2));
            return switch (m.group(3)) {
                case "week" -> "the week of " + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
                case "month" -> month(YearMonth.from(day).plusMonths(step));
                default -> Integer.toString(day.getYear() + step);
            };
        }
        m = AGO.matcher(e);
        if (m.matches()) {
            int n = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "day" -> day.minusDays(n).toString();
                case "week" -> "the week of " + day.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case "month" -> month(YearMonth.from(day).minusMonths(n));
                default -> Integer.toString(day.getYear() - n);
            };
        }
        return null;
    }

    /**
     * What {@code expression} names on every day from {@code earliest} to {@code latest}, when
     * that is one and the same answer; else {@code null}.
     */
    public static String resolve(String expression, LocalDate earliest, LocalDate latest) {
        if (earliest == null || latest == null || latest.isBefore(earliest)
                || latest.toEpochDay() - earliest.toEpochDay() > 2 * 366) {
            return null;
        }
        String first = resolve(expression, earliest);
        if (first == null) {
            return null;
        }
        for (LocalDate d = earliest.plusDays(1); !d.isAfter(latest); d = d.plusDays(1)) {
            if (!first.equals(resolve(expression, d))) {
                return null;
            }
        }
        return first;
    }

    /**
     * The days {@code expression} names when the article was written on {@code day}: a day, a
     * week, a month or a year, as {first, last}; also a year alone ("in 1985", "since 1985"), and
     * "early", "mid" or "late" before a year expression; {@code null} when it names none (or
     * {@code day} is {@code null} and it is relative).
     */
    public static LocalDate[] range(String expression, LocalDate day) {
        String e = expression.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ")
                .replaceFirst("^(?:in|during|on|since|until|by|from|of)\\s+", "")
                .replaceFirst("^(?:early|mid|late|earlier|later)[- ](?=(?:last|this|next|past) year$|\\d{4}$)", "");
        if (e.matches("\\d{4}")) {
            int y = Integer.parseInt(e);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        Matcher named = MONTH_YEAR.matcher(e);
        if (named.matches()) {
            YearMonth m = YearMonth.of(Integer.parseInt(named.group(2)), Month.valueOf(named.group(1).toUpperCase(Locale.ROOT)));
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        String words = day == null ? null : resolve(e, day);
        if (words == null) {
            return null;
        }
        if (words.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(words);
            return new LocalDate[] {d, d};
        }
        if (words.matches("\\d{4}")) {
            int y = Integer.parseInt(words);
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        if (words.startsWith("the week of ")) {
            LocalDate monday = LocalDate.parse(words.substring("the week of ".length()));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        String[] monthYear = words.split(" ");
        YearMonth m = YearMonth.of(Integer.parseInt(monthYear[1]), Month.valueOf(monthYear[0].toUpperCase(Locale.ROOT)));
        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
    }

    private static int offset(String word) {
        return switch (word) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    private static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
