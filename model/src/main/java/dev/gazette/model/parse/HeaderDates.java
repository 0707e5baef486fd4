package dev.gazette.model.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates (with a year) written anywhere in a short header line: a byline, credit or stamp between
 * the headline and the first body paragraph, also when a page's widgets ran into it ("Associated
 * PressDecember 2, 2016", "by Jane Roe12 Mar 2016651", "Jane Roe - Apr 16, 2015 8:02 pm UTC",
 * "11.03.17 in Science"), and a date opening the first paragraph as its dateline ("Feb. 23, 2015 --
 * ..."). Month names are English, written capitalised or in capitals ("Mar", "MARCH"), so a month
 * inside a lower-case word ("Hammar") is none. A line is read only when it holds one date, perhaps written
 * twice ("October 11, 2022 October 11, 2022"; a row of a table or a range holds different ones) or run into the
 * later date of its update ("August 25, 2025August 29, 2025"), at most sixteen other words, at most one lower-case word besides those of
 * {@code header-words.txt} (a sentence that mentions a date is prose, not a stamp), and when it is not a
 * caption's credit ("Source: ...", "FILE PHOTO: ...": the date is the picture's).
 */
final class HeaderDates {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** A month name or abbreviation, capitalised or in capitals (not run on into capitals before it). */
    private static final String MONTH;

    static {
        List<String> forms = new ArrayList<>();
        for (String m : MONTHS) {
            forms.add(m);
            forms.add("(?<!\\p{Lu})" + m.toUpperCase(Locale.ROOT));
        }
        for (String m : MONTHS) {
            if (m.length() > 3) {
                String abbr = m.substring(0, 3);
                forms.add(abbr + (m.equals("September") ? "t?" : ""));
                forms.add("(?<!\\p{Lu})" + abbr.toUpperCase(Locale.ROOT) + (m.equals("September") ? "T?" : ""));
            }
        }
        MONTH = "(?<month>" + String.join("|", forms) + ")(?!\\p{Ll})";
    }

    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    /** A day of the month, perhaps with its ordinal suffix, also as a text renderer writes a superscript ("7^th"). */
    private static final String DAY = "(?<day>\\d{1,2})(?:\\^?(?:st|nd|rd|th))?";
    /**
     * Month day, year ("Feb. 23, 2015", "December 2 2016", also joined by full stops: "Oct.23.2017"); a share count may
     * run on after the year.
     */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\.?\\s*" + DAY + "(?!\\d)(?:,?\\s*|\\.)" + YEAR);
    /** Day month year ("23 Nov 2017", "Roe12 Mar 2016"). */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)" + DAY + "\\s+" + MONTH + "\\.?,?\\s+" + YEAR);
    /** Day month and a two-digit year ending the line ("last updated 4 April 17"); only at the end, as a stamp ends. */
    private static final Pattern DAY_MONTH_SHORT_YEAR_END = Pattern.compile(
            "(?<!\\d)" + DAY + "\\s+" + MONTH + "\\.?,?\\s+(?<year>\\d\\d)$");
    /** ISO dates ("2016-02-01", also before a time "T12:41"). */
    private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "-(?<month>\\d\\d)-(?<day>\\d\\d)(?!\\d)");
    /**
     * Dates written year first with slashes or dots ("2021/09/19", "2021.09.19"), which run year, month, day; not
     * inside a path ("/2021/09/19/story").
     */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d./-])" + YEAR + "(?<sep>[/.])(?<month>\\d\\d)\\k<sep>(?<day>\\d\\d)(?![\\d/.])");
    /** Numeric dates with a four-digit year ("12/03/2016", "03.12.2016"). */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>" + YEAR + "(?!\\d)");
    /**
     * A numeric date with a two-digit year, read only at the start of the line or of a field after a bullet or a bar
     * ("11.03.17 in Science", "By Jane Roe \u2022 12.29.14", "\u2022 12.22.14 |"); never inside a run of text.
     */
    private static final Pattern NUMERIC_SHORT_START = Pattern.compile(
            "(?:^|[\u2022\u00b7|]\\h*)(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<year>\\d\\d)(?![\\d.])");
    /** A numeric date with a two-digit year right before a time of day, as a stamp writes it ("Jane Roe 05.24.16 5:42 AM"). */
    private static final Pattern NUMERIC_SHORT_BEFORE_TIME = Pattern.compile(
            "(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<year>\\d\\d)(?=\\h+\\d{1,2}:\\d\\d(?!\\d))");
    /**
     * Month day, comma and a two-digit year ending the line or a field before a bullet, a middle dot or a bar ("Jun. 10,
     * 17 \u00b7 Travel Desk"), or before the byline's "by" ("Sep 4, 14 by Jroe5"), as a stamp ends; never inside a run
     * of text.
     */
    private static final Pattern MONTH_DAY_SHORT_YEAR_FIELD = Pattern.compile(
            MONTH + "\\.?\\s*" + DAY + ",\\h*(?<year>\\d\\d)(?!\\d)(?=\\h*(?:$|[\u2022\u00b7|])|\\h+[Bb]y\\h)");
    /** An update stamp's word between a publication date and a later one ("on May 1, 2015, updated May 2, 2015"). */
    private static final Pattern UPDATE_WORD = Pattern.compile(
            "\\b(?:updated|modified|edited|revised|last\\s+update)\\b", Pattern.CASE_INSENSITIVE);
    /** What ends a dateline date at the start of a paragraph: a dash or a colon, then the text. */
    private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:--|–|—|-|:)\\s+\\S");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    /** The longest line read as a header line. */
    static final int MAX_LINE = 200;
    /** The most words a header line has besides its date. */
    private static final int MAX_WORDS = 16;
    /** The most lower-case words a header line has that {@code header-words.txt} does not list. */
    private static final int MAX_OTHER_LOWER = 1;
    /** A caption's credit or source line ("Source: Ministry, March 3, 2021", "FILE PHOTO: ..."): the picture's date. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "^(?:file\\s+)?(?:photo|image|picture|source|credit|graphic|video|pictured)s?\\s*:", Pattern.CASE_INSENSITIVE);

    private static final Set<String> WORDS = Set.copyOf(PatternFile.plain(PatternFile.resourceLines("header-words.txt")));

    private HeaderDates() {
    }

    /** A month and day found without a year, and its text (with the time of day after it, when there is one). */
    record Yearless(java.time.MonthDay monthDay, String text) {
    }

    /** A date found in a line: the date and where it is. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The one full date of a short byline, credit or stamp line; empty for prose, for none or for several different ones. */
    static Optional<LocalDate> ofHeaderLine(String line) {
        String s = separateCapitalsByline(line.replaceAll("\\h+", " ").strip());
        if (s.isEmpty() || s.length() > MAX_LINE || CAPTION_CREDIT.matcher(s).find()) {
            return Optional.empty();
        }
        List<Found> found = dates(s);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.stream().anyMatch(x -> !x.date().equals(found.get(0).date())) && !updateStamp(s, found)
                && !runTogetherStamps(found)) {
            return Optional.empty(); // several different dates: a row of a table, a range
        }
        Found f = found.get(0);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Found x : found) {
            rest.append(s, at, x.start()).append(' ');
            at = x.end();
        }
        rest.append(s.substring(at));
        return bylineWords(rest.toString()) || bylineBefore(s.substring(0, f.start())) ? Optional.of(f.date())
                : Optional.empty();
    }

    /** A publication or update stamp's word right before a date ("Updated", "Posted on", "Last updated:"). */
    private static final Pattern STAMP_WORD_BEFORE = Pattern.compile(
            "(?i:\\b(?:(?:last|first)\\s+)?(?:updated|posted|published|modified)(?:\\s+on)?)\\s*:?\\s*$");
    /** What may follow a stamp's date to the end of the line: a time of day, then a time zone in capitals. */
    private static final Pattern STAMP_TAIL = Pattern.compile("^,?\\s*(?:(?:at|@|-|\u2013|\u2014|\\|)?\\s*"
            + "\\d{1,2}[:.]\\d\\d(?::\\d\\d)?\\s*(?i:[ap]\\.?m\\b\\.?)?)?(?:\\s*\\(?\\p{Lu}{2,5}\\)?)?\\s*$");

    /**
     * The date of a publication or update stamp that ends a line, run into a headline or a section's name on one line
     * as some pages print them ("Storm closes harbour road World news, Updated Nov 06, 2012 at 10:45pm IST"): a stamp
     * word right before the line's one date, and nothing after it but a time of day and a time zone. The stamp word
     * says the date is the page's own, whatever words stand before it.
     */
    static Optional<LocalDate> ofStampEnding(String line) {
        String s = line.replaceAll("\\h+", " ").strip();
        if (s.isEmpty() || s.length() > MAX_LINE || CAPTION_CREDIT.matcher(s).find()) {
            return Optional.empty();
        }
        List<Found> found = dates(s);
        if (found.size() != 1) {
            return Optional.empty();
        }
        Found f = found.get(0);
        return STAMP_WORD_BEFORE.matcher(s.substring(0, f.start())).find() && STAMP_TAIL.matcher(s.substring(f.end())).find()
                ? Optional.of(f.date()) : Optional.empty();
    }

    /**
     * A byline in capitals run into a date in capitals ("By JANE Q. ROEAPRIL 7, 2017", "By JANE ROE and JOHN
     * DOEAUG. 24, 2016", the month written in full or cut to three letters, a page that set the names and the date in two boxes): the capitals before the month's name,
     * after "By", are the names ("and" and commas may join them).
     */
    private static final Pattern CAPITALS_BYLINE_RUN_ON;

    static {
        List<String> months = new ArrayList<>();
        for (String m : MONTHS) {
            months.add(m.toUpperCase(Locale.ROOT));
        }
        for (String m : MONTHS) {
            if (m.length() > 3) {
                months.add(m.substring(0, 3).toUpperCase(Locale.ROOT) + (m.equals("September") ? "T?" : ""));
            }
        }
        CAPITALS_BYLINE_RUN_ON = Pattern.compile("^((?i:by)\\s+\\p{Lu}(?:[\\p{Lu}\\s.,'\u2019-]|\\s(?i:and)\\s)*\\p{Lu})(?=(?:"
                + String.join("|", months) + ")\\.?\\s*\\d{1,2}(?!\\d),?\\s*(?:19|20)\\d\\d)");
    }

    /** {@code s} with a space between a byline in capitals and the date in capitals run into it. */
    static String separateCapitalsByline(String s) {
        return CAPITALS_BYLINE_RUN_ON.matcher(s).replaceFirst("$1 ");
    }

    /** "By" and a capitalised name: the words before a date open a byline. */
    private static final Pattern BY_NAME = Pattern.compile("(?:^|[\\s\\]|•·])(?i:by)\\s+\\p{Lu}");

    /**
     * The words before the date are a byline ("By Jane Roe Last updated Nov 8, 2023"): the date closes the byline,
     * and what a page's widgets ran into the line after it (share buttons, a partner's label) does not make the line
     * a sentence.
     */
    private static boolean bylineBefore(String before) {
        return BY_NAME.matcher(before).find() && bylineWords(before);
    }

    /**
     * Two dates, the second later and after an update word that stands between them ("on December 28, 2014 at 9:10 PM,
     * updated December 29, 2014 at 10:09 AM"): a publication stamp with its update, whose first date is the publication's.
     */
    private static boolean updateStamp(String s, List<Found> found) {
        if (found.size() != 2 || !found.get(1).date().isAfter(found.get(0).date())) {
            return false;
        }
        Matcher m = UPDATE_WORD.matcher(s);
        return m.find(found.get(0).end()) && m.start() < found.get(1).start();
    }

    /**
     * Two dates with nothing between them, the second not earlier ("August 25, 2025August 29, 2025"): a page's
     * published and updated fields rendered without a separator, whose first date is the publication's. A range or
     * a row of a table writes something between its dates.
     */
    private static boolean runTogetherStamps(List<Found> found) {
        return found.size() == 2 && found.get(0).end() == found.get(1).start()
                && !found.get(1).date().isBefore(found.get(0).date());
    }

    /** A month and a day without a year ("April 9", "Oct. 23", "MARCH 27"), not run on into more digits. */
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\.?\\s*" + DAY + "(?![\\d:]|[.,/]\\d)");
    /** A time of day right after a month and day ("April 9 at 10:24 AM", "Oct. 23 07:45 pm JST", "March 3, 9:15"). */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^\\s*(?:,|at|@|[-\u2013\u2014/|\u2022\u00b7])?\\s*\\d{1,2}[:.]\\d\\d(?!\\d)(?:\\s?[ap]\\.?m\\b\\.?)?",
            Pattern.CASE_INSENSITIVE);
    /** A year of the last two centuries anywhere in a line. */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * The month and day of a short stamp or byline line that gives no year, as many pages stamp the current year's
     * articles ("Oct. 23 07:45 pm JST", "By Jane Roe  April 9 at 10:24 AM  Follow @janeroe", "By Jane Roe  March 27"):
     * one month and day, with a time of day right after it or a byline ("By" and a name) before it, and the words of a
     * byline ({@link #bylineWords}). No calendar date can be read from it; it says only that the page gave its date.
     */
    static Optional<Yearless> yearlessOfHeaderLine(String line) {
        String s = line.replaceAll("\\h+", " ").strip();
        if (s.isEmpty() || s.length() > MAX_LINE || CAPTION_CREDIT.matcher(s).find() || ANY_YEAR.matcher(s).find()
                || !dates(s).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        int end = m.end();
        java.time.MonthDay md;
        try {
            md = java.time.MonthDay.of(month(m.group("month")), Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (m.find()) {
            return Optional.empty(); // two of them: a list of dates, a schedule
        }
        Matcher clock = CLOCK_AFTER.matcher(s.substring(end));
        boolean timed = clock.find();
        if (!timed && !bylineBefore(s.substring(0, start))) {
            return Optional.empty();
        }
        int stampEnd = timed ? end + clock.end() : end;
        String rest = s.substring(0, start) + " " + s.substring(stampEnd);
        return bylineWords(rest) ? Optional.of(new Yearless(md, s.substring(start, stampEnd))) : Optional.empty();
    }

    /** The date that opens a paragraph as its dateline ("Feb. 23, 2015 -- Storms ..."); empty otherwise. */
    static Optional<LocalDate> ofOpening(String paragraph) {
        String s = paragraph.replaceAll("\\h+", " ").strip();
        for (Found f : dates(s.length() > MAX_LINE ? s.substring(0, MAX_LINE) : s)) {
            if (f.start() == 0 && DATELINE_END.matcher(s.substring(f.end())).find()) {
                return Optional.of(f.date());
            }
        }
        return Optional.empty();
    }

    /** Few words, and no more than {@link #MAX_OTHER_LOWER} lower-case words that a byline would not hold. */
    private static boolean bylineWords(String rest) {
        Matcher m = TOKEN.matcher(rest);
        int words = 0;
        int other = 0;
        while (m.find()) {
            words++;
            String t = m.group();
            if (t.startsWith("@") || t.contains("/") || t.contains(".") && t.indexOf('.') < t.length() - 1) {
                continue; // a handle, a link or a domain name
            }
            String w = EDGE_PUNCTUATION.matcher(t).replaceAll("");
            if (LOWER_WORD.matcher(w).matches() && !WORDS.contains(w)) {
                other++;
            }
        }
        return words <= MAX_WORDS && other <= MAX_OTHER_LOWER;
    }

    /** Every full date in {@code s}, in order, overlapping matches of the several shapes counted once. */
    static List<Found> dates(String s) {
        List<Found> out = new ArrayList<>();
        collect(MONTH_DAY_YEAR.matcher(s), true, out);
        collect(DAY_MONTH_YEAR.matcher(s), true, out);
        collect(DAY_MONTH_SHORT_YEAR_END.matcher(s), true, out);
        collect(ISO.matcher(s), false, out);
        collect(YEAR_FIRST.matcher(s), false, out);
        collect(NUMERIC.matcher(s), false, out);
        collect(NUMERIC_SHORT_START.matcher(s), false, out);
        collect(NUMERIC_SHORT_BEFORE_TIME.matcher(s), false, out);
        collect(MONTH_DAY_SHORT_YEAR_FIELD.matcher(s), true, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> distinct = new ArrayList<>();
        for (Found f : out) {
            if (distinct.isEmpty() || f.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    private static void collect(Matcher m, boolean named, List<Found> out) {
        while (m.find()) {
            try {
                LocalDate d;
                if (named) {
                    int year = Integer.parseInt(m.group("year"));
                    d = LocalDate.of(year < 100 ? 2000 + year : year, month(m.group("month")),
                            Integer.parseInt(m.group("day")));
                } else if (m.pattern() == ISO || m.pattern() == YEAR_FIRST) {
                    d = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                            Integer.parseInt(m.group("day")));
                } else {
                    int year = Integer.parseInt(m.group("year"));
                    int a = Integer.parseInt(m.group("a"));
                    int b = Integer.parseInt(m.group("b"));
                    year = year < 100 ? 2000 + year : year;
                    // Month first when it can be (as date-formats.txt reads numeric dates), else day first.
                    d = a <= 12 ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
                }
                out.add(new Found(d, m.start(), m.end()));
            } catch (DateTimeException e) {
                // not a calendar date ("31 Feb 2016", "13/13/2016"): not a date
            }
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].toLowerCase(Locale.ROOT).startsWith(n)) {
                return i + 1;
            }
        }
        throw new DateTimeException("no month " + name);
    }
}
