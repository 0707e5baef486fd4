package dev.gazette.analysis.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them against a publication date: "today",
 * "yesterday", "tomorrow", "on Tuesday" (the last Tuesday for a reported event, the next for a
 * planned one, the same day when the article is dated a Tuesday), "on May 29", "29 May",
 * "March 19, 2023", "March 19th 2023". Weeks, months and vague spans ("this week", "in
 * mid-April", "last year") are found but not resolved to a day.
 */
public final class DateExpressions {

    /** What an expression names. */
    public enum Kind {
        /** A day relative to the publication date: today, yesterday, tomorrow. */
        RELATIVE_DAY,
        /** A weekday: resolved to the nearest such day before or after the publication date. */
        WEEKDAY,
        /** A calendar day without a year: resolved to the nearest such day. */
        MONTH_DAY,
        /** A calendar day with its year. */
        FULL_DATE,
        /** A week, a month, a season or a vague span: kept as written. */
        SPAN
    }

    /**
     * One expression.
     *
     * @param start offset in the sentence
     * @param end   offset just past it
     * @param text  the expression as written
     * @param kind  what it names
     */
    public record Found(int start, int end, String text, Kind kind) {
    }

    private static final String MONTHS = names(Month.values());
    private static final String MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String WEEKDAYS = names(DayOfWeek.values());
    private static final String ORD = "(?:st|nd|rd|th)?";

    private static final Pattern FULL = Pattern.compile("\\b(?:(" + MONTHS + "|" + MONTH_ABBR + ")\\.?\\s+(\\d{1,2})" + ORD
            + ",?\\s+(\\d{4})|(\\d{1,2})" + ORD + "\\s+(" + MONTHS + "|" + MONTH_ABBR + ")\\.?,?\\s+(\\d{4}))\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(" + MONTHS + "|" + MONTH_ABBR + ")\\.?\\s+(\\d{1,2})" + ORD
            + "|(\\d{1,2})" + ORD + "\\s+(" + MONTHS + "|" + MONTH_ABBR + "))\\b(?!\\s*,?\\s*\\d)(?!\\s+\\p{Lu})");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?i:(?:earlier\\s+|later\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening)|yesterday|tomorrow)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?i:on|last|next|this|since|until|by)\\s+)?("
            + WEEKDAYS + ")\\b");
    private static final Pattern SPAN = Pattern.compile("\\b(?i:(?:(?:later|earlier)\\s+)?(?:this|last|next|past|coming)\\s+"
            + "(?:week|weekend|month|year|quarter|spring|summer|autumn|fall|winter)|(?:in\\s+)?(?:early|mid|late)[-\\s]?(?:"
            + MONTHS.toLowerCase(Locale.ROOT) + ")|(?:last|next|this)\\s+(?:" + MONTHS.toLowerCase(Locale.ROOT) + ")|in\\s+(?:"
            + MONTHS.toLowerCase(Locale.ROOT) + ")(?:\\s+and\\s+(?:" + MONTHS.toLowerCase(Locale.ROOT) + "))?)\\b");

    private DateExpressions() {
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            String s = v.name();
            b.append(b.isEmpty() ? "" : "|").append(s.charAt(0)).append(s.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The expressions of {@code sentence}, in text order, without overlaps (the longest wins). */
    public static List<Found> find(String sentence) {
        List<Found> out = new ArrayList<>();
        collect(out, FULL, sentence, Kind.FULL_DATE);
        collect(out, MONTH_DAY, sentence, Kind.MONTH_DAY);
        collect(out, RELATIVE, sentence, Kind.RELATIVE_DAY);
        collect(out, WEEKDAY, sentence, Kind.WEEKDAY);
        collect(out, SPAN, sentence, Kind.SPAN);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void collect(List<Found> out, Pattern p, String s, Kind kind) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int st = m.start();
            int en = m.end();
            boolean overlaps = out.stream().anyMatch(f -> f.start() < en && st < f.end());
            if (!overlaps) {
                out.add(new Found(st, en, s.substring(st, en), kind));
            }
        }
    }

    /**
     * The day an expression names, or {@code null} when it names no single day or there is no
     * publication date for a relative one.
     *
     * @param planned true when the event is to come (a bare weekday then looks forward)
     */
    public static LocalDate resolve(Found f, LocalDate published, boolean planned) {
        String t = f.text().toLowerCase(Locale.ROOT);
        switch (f.kind()) {
            case FULL_DATE -> {
                Matcher m = FULL.matcher(f.text());
                if (!m.matches()) {
                    return null;
                }
                return m.group(1) != null ? day(m.group(3), m.group(1), m.group(2)) : day(m.group(6), m.group(5), m.group(4));
            }
            case MONTH_DAY -> {
                if (published == null) {
                    return null;
                }
                Matcher m = MONTH_DAY.matcher(f.text());
                if (!m.matches()) {
                    return null;
                }
                String month = m.group(1) != null ? m.group(1) : m.group(4);
                String dayOfMonth = m.group(1) != null ? m.group(2) : m.group(3);
                LocalDate best = null;
                for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                    LocalDate d = day(Integer.toString(y), month, dayOfMonth);
                    if (d != null && (best == null || Math.abs(d.toEpochDay() - published.toEpochDay())
                            < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                        best = d;
                    }
                }
                return best;
            }
            case RELATIVE_DAY -> {
                if (published == null) {
                    return null;
                }
                if (t.contains("yesterday")) {
                    return published.minusDays(1);
                }
                return t.contains("tomorrow") ? published.plusDays(1) : published;
            }
            case WEEKDAY -> {
                if (published == null) {
                    return null;
                }
                Matcher m = WEEKDAY.matcher(f.text());
                if (!m.matches()) {
                    return null;
                }
                DayOfWeek w = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                int diff = w.getValue() - published.getDayOfWeek().getValue();
                boolean forward = t.startsWith("next") || t.startsWith("until") || t.startsWith("by")
                        || (planned && !t.startsWith("last") && !t.startsWith("since"));
                if (t.startsWith("next") && diff <= 0) {
                    return published.plusDays(diff + 7L);
                }
                if (t.startsWith("last") && diff >= 0) {
                    return published.minusDays(7L - diff);
                }
                if (forward) {
                    return published.plusDays(diff < 0 ? diff + 7L : diff);
                }
                return published.minusDays(diff > 0 ? 7L - diff : -diff);
            }
            default -> {
                return null;
            }
        }
    }

    private static LocalDate day(String year, String month, String dayOfMonth) {
        Month mo = month(month);
        if (mo == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(dayOfMonth));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return m;
            }
        }
        return null;
    }
}
