package dev.gazette.model.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a date (optionally labelled, with a day name or time zone)
 * and parses it with the configured formats; with dated-line patterns, also a metadata line that
 * holds the date among a byline, labels and credits ("Posted by Jane Roe on March 3, 2021",
 * "Updated 0915 GMT (1715 HKT) March 3, 2021"), whose {@code date} group is parsed with the same
 * formats.
 */
public final class DateLineParser {

    /** A parsed date line: the date, the time of day when given, and the text that held them. */
    public record Parsed(LocalDate date, java.time.LocalTime time, String text) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:first |last )?(?:published|updated|posted|modified|date|dated)(?: on| at)?\\s*:?\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile(
            "(?:\\s*\\(?(?:GMT|UTC|Z|IRST|IRDT|AST|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST)\\)?"
                    + "(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|\\s*(?<!\\p{L})[+-]\\d{2}:?\\d{2}|Z)$",
            Pattern.CASE_INSENSITIVE);
    /** A cheap first test: a month name or a numeric date must be somewhere in the line. */
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Control characters, raw or as numeric character references (&amp;#5;), and the few code
     * letters after them that wire systems append to a date line ("27-MAR-1987 03:32:07.72&amp;#5;&amp;#5;&amp;#5;F RM").
     */
    private static final Pattern CONTROL_TRAILER = Pattern.compile(
            "\\s*(?:&#(?:\\d|[12]\\d|3[01]);|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F])+[\\s\\p{Lu}\\d]{0,20}$");

    /** Ordinal suffixes of day numbers ("3rd", "21st", a superscript written "7^th"), which no format writes. */
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)\\^?(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A year of the last two centuries, or a numeric date with a two-digit year ("11/20/19"): every
     * dated line holds one, so other lines skip the patterns.
     */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d|\\d/\\d{1,2}/\\d\\d(?!\\d)");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    /** The longest line read as a dated metadata line. */
    private static final int MAX_DATED_LINE = 200;

    private final List<DateTimeFormatter> formats;
    private final List<PatternFile.Entry> datedLines;
    /**
     * The most runs of letters (month and day names, AM/PM, literals) a date in any of the formats
     * has: a line with more, once label, weekday and zone are off, is prose and no format is tried.
     */
    private final int maxLetterRuns;

    private DateLineParser(List<DateTimeFormatter> formats, List<PatternFile.Entry> datedLines) {
        this.formats = List.copyOf(formats);
        this.datedLines = List.copyOf(datedLines);
        for (PatternFile.Entry e : this.datedLines) {
            if (!e.groups().contains("date")) {
                throw new IllegalArgumentException(e.origin() + ": a dated-line pattern needs a group named 'date'");
            }
        }
        int most = 0;
        java.time.LocalDateTime sample = java.time.LocalDateTime.of(2024, 9, 30, 10, 30, 45, 120_000_000);
        for (DateTimeFormatter f : this.formats) {
            try {
                most = Math.max(most, letterRuns(f.format(sample)));
            } catch (java.time.DateTimeException e) {
                most = Integer.MAX_VALUE; // a format this sample cannot show (a zone, say): no shortcut
                break;
            }
        }
        this.maxLetterRuns = most;
    }

    /** Builds a parser from {@link DateTimeFormatter} patterns, tried in order. */
    public static DateLineParser fromFormats(List<String> patterns) {
        List<DateTimeFormatter> fs = new ArrayList<>();
        for (String p : patterns) {
            fs.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
        }
        return new DateLineParser(fs, List.of());
    }

    /**
     * A copy that also reads dated metadata lines: each pattern matches a whole line (see
     * {@code dated-lines.tsv}), and its group {@code date} is parsed with this parser's formats.
     */
    public DateLineParser withDatedLines(List<PatternFile.Entry> patterns) {
        List<PatternFile.Entry> all = new ArrayList<>(datedLines);
        all.addAll(patterns);
        return new DateLineParser(formats, all);
    }

    /** Parses {@code line} when the whole line is a date or a dated metadata line; empty otherwise. */
    public Optional<Parsed> parse(String line) {
        Optional<Parsed> whole = parseWhole(line);
        return whole.isPresent() || datedLines.isEmpty() ? whole : parseDated(line);
    }

    /** A line of a dated-line pattern whose date group parses with one of the formats. */
    private Optional<Parsed> parseDated(String line) {
        // Web pages set no-break and thin spaces between the parts of a byline ("18.54\u00A0GMT").
        String s = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
        if (s.length() < 6 || s.length() > MAX_DATED_LINE || !YEAR.matcher(s).find() || !PLAUSIBLE.matcher(s).find()) {
            return Optional.empty();
        }
        for (PatternFile.Entry e : datedLines) {
            Matcher m = e.pattern().matcher(s);
            if (!m.matches() || m.group("date") == null) {
                continue;
            }
            String date = SPACES.matcher(ORDINAL.matcher(m.group("date")).replaceAll("")).replaceAll(" ").strip();
            for (DateTimeFormatter f : formats) {
                java.text.ParsePosition pos = new java.text.ParsePosition(0);
                if (f.parseUnresolved(date, pos) == null || pos.getErrorIndex() >= 0 || pos.getIndex() != date.length()) {
                    continue;
                }
                try {
                    LocalDate d = f.parse(date).query(TemporalQueries.localDate());
                    if (d != null) {
                        return Optional.of(new Parsed(d, null, s));
                    }
                } catch (DateTimeParseException ex) {
                    // not this format; try the next
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Parsed> parseWhole(String line) {
        String s = CONTROL_TRAILER.matcher(line.strip()).replaceFirst("");
        if (s.length() < 6 || s.length() > 60 || !hasDigit(s) || !PLAUSIBLE.matcher(s).find()) {
            return Optional.empty();
        }
        s = LABEL.matcher(s).replaceFirst("");
        s = WEEKDAY.matcher(s).replaceFirst("");
        s = ZONE.matcher(s).replaceFirst("").strip();
        s = SPACES.matcher(s).replaceAll(" ");
        if (letterRuns(s) > maxLetterRuns) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : formats) {
            // parseUnresolved reports a mismatch without an exception: most lines are not dates,
            // and building a DateTimeParseException for each format was most of the cost.
            java.text.ParsePosition pos = new java.text.ParsePosition(0);
            if (f.parseUnresolved(s, pos) == null || pos.getErrorIndex() >= 0 || pos.getIndex() != s.length()) {
                continue;
            }
            try {
                TemporalAccessor t = f.parse(s);
                LocalDate date = t.query(TemporalQueries.localDate());
                if (date == null) {
                    continue;
                }
                java.time.LocalTime time = t.query(TemporalQueries.localTime());
                return Optional.of(new Parsed(date, time, line.strip()));
            } catch (DateTimeParseException e) {
                // not this format; try the next
            }
        }
        return Optional.empty();
    }

    private static int letterRuns(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !inRun) {
                runs++;
            }
            inRun = letter;
        }
        return runs;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
