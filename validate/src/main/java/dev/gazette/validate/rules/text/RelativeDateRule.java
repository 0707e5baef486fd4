package dev.gazette.validate.rules.text;

import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.text.RelativeDates;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.parse.HeaderStamps;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative dates ("last December", "September 24 last year", "on Tuesday", "two years
 * ago") in an article whose publication date is unknown, so that they cannot be resolved to
 * calendar dates. When the article's text narrows its date enough that the expression means the
 * same on every day of the estimated range ({@code published_earliest} to {@code published_latest}),
 * the message says what it resolves to. The expressions are data: relative-dates.txt. "Tomorrow" as a noun,
 * phrases in title case used as names or labels ("the “This Week” folder", a tab "This Week", "This Week's Top
 * Videos"), phrases with their calendar date beside them ("this Sunday, Nov. 10") and "yesterday’s" before a noun in
 * the writer's own first-person narrative ("my boots and yesterday’s damp socks") are not findings. When the header
 * stamps the date without the year ("April 9 at 10:24 AM", {@code HeaderStamps}), the message says so. No fix.
 */
public final class RelativeDateRule implements Rule {

    public static final String ID = "relative-date";

    private static final Pattern PATTERN = load("relative-dates.txt");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        if (ctx.article().published() != null) {
            return;
        }
        String stamp = null; // a header stamp without the year ("April 9 at 10:24 AM"): the year is what is missing
        boolean stampRead = false;
        DateEstimator.Estimate estimate = null;
        for (TextUnit u : ctx.analysis().text().units(true)) {
            Matcher m = PATTERN.matcher(u.text());
            while (m.find()) {
                if (notADate(u.text(), m.start(), m.end())) {
                    continue;
                }
                String date = m.group();
                if (estimate == null) {
                    estimate = ctx.analysis().dateEstimate();
                }
                String resolved = RelativeDates.resolve(date, estimate.earliest(), estimate.latest());
                if (!stampRead) {
                    stamp = HeaderStamps.yearless(ctx.article()).map(HeaderStamps.Stamp::text).orElse(null);
                    stampRead = true;
                }
                String message = "Relative date '" + date + "' cannot be resolved: the article has no publication date"
                        + (stamp == null ? "" : " (its date stamp '" + stamp + "' gives no year)");
                String suggestion = "Add the publication date on a line under the title, so that '" + date + "' can be resolved.";
                if (resolved != null) {
                    message += "; its text dates it between " + estimate.earliest() + " and " + estimate.latest()
                            + ", so '" + date + "' is " + resolved;
                    suggestion = "Add the publication date on a line under the title; by the estimate, '" + date + "' is "
                            + resolved + ".";
                }
                ctx.report(ID, u, m.start(), m.end(), message, suggestion, List.of());
            }
        }
    }

    /** A determiner, and at most one word, before "tomorrow" or "yesterday" used as a noun ("a better tomorrow"). */
    private static final Pattern NOUN_USE = Pattern.compile(
            "(?i)\\b(?:a|an|the|our|your|their)\\h+(?:[\\p{L}-]+\\h+)?$");
    /** A calendar date right after the phrase, perhaps after a comma, a dash or a bracket ("this Sunday, Nov. 10"). */
    private static final Pattern DATE_NEXT = Pattern.compile("^\\h*[,(\u2014\u2013-]?\\h*(?:on\\h+)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\h+\\d{1,2}(?!\\d)");
    /** How far after the phrase a calendar date is looked for. */
    private static final int DATE_NEXT_CONTEXT = 24;
    /** A possessive and a capitalised word after a title-case phrase: it names something ("This Week's Top Videos"). */
    private static final Pattern NAME_AFTER = Pattern.compile("['\u2019]s\\h+\\p{Lu}");
    /** The longest stretch before a phrase that is searched for a determiner. */
    private static final int NOUN_CONTEXT = 40;

    /**
     * The phrase is not a date: "tomorrow" or "yesterday" used as a noun ("a better tomorrow", "our brighter
     * tomorrow"), or a phrase written in title case as a name ("the “This Week” folder", "This Week:" heading a list
     * item) in a line that is not itself in title case.
     */
    static boolean notADate(String text, int start, int end) {
        if (DATE_NEXT.matcher(text.substring(end, Math.min(text.length(), end + DATE_NEXT_CONTEXT))).find()) {
            return true; // the calendar date stands beside it ("this Sunday, Nov. 10", "tomorrow (November 19)")
        }
        String phrase = text.substring(start, end);
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("tomorrow") || lower.equals("yesterday")) {
            return NOUN_USE.matcher(text.substring(Math.max(0, start - NOUN_CONTEXT), start)).find()
                    || narrativePossessive(text, start, end);
        }
        if (Character.isUpperCase(phrase.charAt(0))
                && text.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip().equals(phrase.replaceAll("\\s+", " "))) {
            return true; // the phrase alone, capitalised: a tab's or a heading's label ("Today", "This Week")
        }
        String[] words = phrase.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        if (NAME_AFTER.matcher(text.substring(end)).lookingAt()) {
            return true; // a title-case possessive before a title-case word: a name ("This Week's Top Videos")
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if ("\"“‘'«".indexOf(before) >= 0 || after == ':') {
            return true; // quoted, or the label of a list item
        }
        boolean sentenceStart = text.substring(0, start).strip().isEmpty()
                || ".!?".indexOf(text.substring(0, start).strip().charAt(text.substring(0, start).strip().length() - 1)) >= 0;
        return !sentenceStart && !titleCase(text);
    }

    /** A possessive and a lower-case word after "yesterday" or "tomorrow" ("yesterday’s damp socks"). */
    private static final Pattern POSSESSIVE_NOUN = Pattern.compile("^['\u2019]s\\h+\\p{Ll}");
    /** A time of day soon after the possessive ("yesterday's 9 a.m. meeting", "yesterday’s evening session"). */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "(?i)\\b(?:\\d{1,2}(?::\\d\\d)?\\h*[ap]\\.?m\\b|noon|midnight|morning|afternoon|evening|night)");
    /** How far after the possessive a time of day is looked for. */
    private static final int TIME_AFTER_CONTEXT = 30;
    /** The writer speaking of themselves: first-person pronouns. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|me|we|our|us)\\b");

    /**
     * "Yesterday’s" or "tomorrow’s" before a noun in the writer's own first-person narrative, outside a quotation
     * ("to keep my boots and yesterday’s damp socks dry"): the day before or after the one narrated, not the day before
     * publication; with a time of day after it ("yesterday’s 9 a.m. meeting") it is still read as a date.
     */
    static boolean narrativePossessive(String text, int start, int end) {
        String rest = text.substring(end);
        if (!POSSESSIVE_NOUN.matcher(rest).find()
                || TIME_AFTER.matcher(rest.substring(0, Math.min(rest.length(), TIME_AFTER_CONTEXT))).find()) {
            return false;
        }
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String before = text.substring(from, start);
        long opens = before.chars().filter(c -> c == '\u201C').count();
        long closes = before.chars().filter(c -> c == '\u201D').count();
        long straight = before.replaceAll("\\d\"", "").chars().filter(c -> c == '"').count(); // not an inch mark (5'10")
        if (opens > closes || straight % 2 == 1) {
            return false; // inside a quotation: a speaker's yesterday is the day before they spoke, reported as news
        }
        return FIRST_PERSON.matcher(text.substring(from, to)).find();
    }

    /** Most of the line's words of four letters or more start with a capital: a headline or a menu in title case. */
    private static boolean titleCase(String text) {
        int words = 0;
        int capitalised = 0;
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised * 2 > words;
    }

    /** One pattern: the alternatives of the file, in order. */
    static Pattern load(String resource) {
        List<String> alternatives = new ArrayList<>();
        try (var in = RelativeDateRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    alternatives.add("(?:" + line.strip() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
        return Pattern.compile(String.join("|", alternatives));
    }
}
