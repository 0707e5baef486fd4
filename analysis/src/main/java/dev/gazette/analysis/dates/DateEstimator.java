package dev.gazette.analysis.dates;

import dev.gazette.analysis.roles.RolePeriods;
import dev.gazette.analysis.roles.RoleTimeline;
import dev.gazette.analysis.roles.Title;
import dev.gazette.analysis.text.DateExpressions;
import dev.gazette.analysis.text.Sentences;
import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Estimates when an undated article was written from evidence in its text: the posts its people
 * hold by the role periods ("the newly appointed Secretary ... Ali Larijani": within half a year
 * of the appointment; "Foreign Minister X": while X held the post), the dates it mentions (it was
 * written after a day it reports in the past) and the dated events it refers to ("the 12-day
 * war", from {@code dated-events.tsv} and the user's files of the same format). Each piece of
 * evidence allows a set of days; the estimate is their intersection (a piece that would leave no
 * day is set aside and said so), given as its first and last day, with the evidence in words.
 */
public final class DateEstimator {

    /**
     * An estimated publication range; either end may be open ({@code null}).
     *
     * @param earliest the first possible day
     * @param latest   the last possible day
     * @param evidence what the range rests on, one item per piece of evidence, joined by "; "
     */
    public record Estimate(LocalDate earliest, LocalDate latest, String evidence) {

        /** No evidence: both ends open. */
        public static final Estimate NONE = new Estimate(null, null, "");

        /** Days from earliest to latest inclusive, or -1 when an end is open. */
        public long width() {
            return earliest == null || latest == null ? -1 : latest.toEpochDay() - earliest.toEpochDay() + 1;
        }

        /** True when neither end is known. */
        public boolean unknown() {
            return earliest == null && latest == null;
        }
    }

    /**
     * A reference to an event with known dates ("the 12-day war").
     *
     * @param pattern what the text writes (case-insensitive)
     * @param from    its first day
     * @param to      its last day
     * @param name    its name, for the evidence
     */
    public record DatedEvent(Pattern pattern, LocalDate from, LocalDate to, String name) {
    }

    /** Days after an appointment during which "newly appointed" is still written. */
    static final int NEW_IN_POST_DAYS = 183;

    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "\\b(?:will|would|by|until|till|before|scheduled|due|expected|planned|next|from)\\s+(?:\\w+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|shall|expects?|expected|forecasts?|forecast"
            + "|projected|plans?|planned|due|matur\\w*|target\\w*|deadline|until|through|by\\s+the\\s+end|scheduled|could"
            + "|may|might|estimates?|estimated|budget|fiscal|outlook|predict\\w*|seeks?|proposed|to\\s+be|goal)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|since|of|during|from|late|early|mid)[- ](19[5-9]\\d|20[0-4]\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    private final RoleTimeline roles;
    private final List<DatedEvent> events;
    private final Sentences sentences = Sentences.standard();

    public DateEstimator(RoleTimeline roles, List<DatedEvent> events) {
        this.roles = roles;
        this.events = List.copyOf(events);
    }

    /** An estimator with the bundled dated events and those of {@code files}, in order. */
    public static DateEstimator of(RoleTimeline roles, List<Path> files) {
        List<DatedEvent> events = new ArrayList<>(bundledEvents());
        for (Path f : files) {
            try {
                events.addAll(parse(Files.readAllLines(f, StandardCharsets.UTF_8), f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dated events file " + f + ": " + e.getMessage(), e);
            }
        }
        return new DateEstimator(roles, events);
    }

    /** A set of days: disjoint closed intervals in order, open ends as {@code null}. */
    private record Days(List<LocalDate[]> spans) {
        static Days from(LocalDate lo) {
            return new Days(List.<LocalDate[]>of(new LocalDate[] {lo, null}));
        }

        Days intersect(Days o) {
            List<LocalDate[]> out = new ArrayList<>();
            for (LocalDate[] a : spans) {
                for (LocalDate[] b : o.spans) {
                    LocalDate lo = max(a[0], b[0]);
                    LocalDate hi = min(a[1], b[1]);
                    if (lo == null || hi == null || !hi.isBefore(lo)) {
                        out.add(new LocalDate[] {lo, hi});
                    }
                }
            }
            return new Days(out);
        }

        boolean empty() {
            return spans.isEmpty();
        }

        LocalDate first() {
            LocalDate lo = spans.get(0)[0];
            for (LocalDate[] s : spans) {
                if (s[0] == null) {
                    return null;
                }
                lo = lo.isBefore(s[0]) ? lo : s[0];
            }
            return lo;
        }

        LocalDate last() {
            LocalDate hi = spans.get(0)[1];
            for (LocalDate[] s : spans) {
                if (s[1] == null) {
                    return null;
                }
                hi = hi.isAfter(s[1]) ? hi : s[1];
            }
            return hi;
        }
    }

    /** The days all the evidence so far allows, and the evidence in words. */
    private static final class Evidence {
        Days days = new Days(List.<LocalDate[]>of(new LocalDate[] {null, null}));
        final List<String> words = new ArrayList<>();
        boolean any;

        void add(Days allowed, String how) {
            Days next = days.intersect(allowed);
            if (next.empty()) {
                words.add(how + " (disagrees with the rest: set aside)");
                return;
            }
            days = next;
            words.add(how);
            any = true;
        }
    }

    /** The estimate for an article from its text and the titles of its people; {@link Estimate#NONE} without evidence. */
    public Estimate estimate(Article article, List<Title> titles) {
        Evidence ev = new Evidence();
        for (Title t : titles) {
            if (t.told() != null || t.tense() != Title.Tense.CURRENT && t.tense() != Title.Tense.NEW) {
                continue;
            }
            List<RolePeriods.Period> held = roles.matching(t);
            if (held.isEmpty()) {
                continue;
            }
            String who = "'" + t.written() + " " + t.person().surface() + "'";
            if (t.tense() == Title.Tense.NEW) {
                List<LocalDate[]> spans = new ArrayList<>();
                List<String> when = new ArrayList<>();
                for (RolePeriods.Period p : held) {
                    if (p.from() != null) {
                        LocalDate until = p.from().plusDays(NEW_IN_POST_DAYS);
                        spans.add(new LocalDate[] {p.from(), p.to() == null || until.isBefore(p.to()) ? until : p.to()});
                        when.add(p.from().toString());
                    }
                }
                if (!spans.isEmpty()) {
                    ev.add(new Days(spans), who + ": appointed " + String.join(" or ", when));
                }
                continue;
            }
            LocalDate first = null;
            for (RolePeriods.Period p : held) {
                if (p.from() == null) {
                    first = null;
                    break;
                }
                first = first == null || p.from().isBefore(first) ? p.from() : first;
            }
            if (first != null) {
                // a post written in the present bounds the article from below only: titles of people long
                // out of a post are still written, so only "newly appointed" bounds it from above
                ev.add(Days.from(first), who + ": in the post " + describe(held));
            }
        }
        LocalDate reported = null;
        for (Paragraph p : article.paragraphs()) {
            String text = p.text();
            for (DatedEvent e : events) {
                Matcher m = e.pattern.matcher(text);
                if (m.find()) {
                    ev.add(Days.from(e.to), "'" + m.group() + "': " + e.name + " (" + e.from
                            + (e.to.equals(e.from) ? "" : " to " + e.to) + ")");
                }
            }
            for (DateExpressions.Found f : DateExpressions.find(text)) {
                if (f.kind() != DateExpressions.Kind.FULL_DATE || FUTURE_BEFORE.matcher(text.substring(0, f.start())).find()
                        || aboutTheFuture(text, f.start())) {
                    continue;
                }
                LocalDate d = DateExpressions.resolve(f, null, false);
                if (d != null && (reported == null || d.isAfter(reported))) {
                    reported = d;
                    ev.add(Days.from(d), "'" + f.text() + "' reported");
                }
            }
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                if (FUTURE_BEFORE.matcher(text.substring(0, y.start())).find() || aboutTheFuture(text, y.start())) {
                    continue;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(y.group(1)), 1, 1);
                if (reported == null || d.isAfter(reported)) {
                    reported = d;
                    ev.add(Days.from(d), "'" + y.group() + "' reported");
                }
            }
        }
        if (!ev.any) {
            return Estimate.NONE;
        }
        return new Estimate(ev.days.first(), ev.days.last(), String.join("; ", ev.words));
    }

    private static String describe(List<RolePeriods.Period> held) {
        List<String> out = new ArrayList<>();
        for (RolePeriods.Period p : held) {
            out.add(p.describe());
        }
        return String.join(" and ", out);
    }

    /** True when the sentence around {@code at} speaks of the future or of plans, so its dates are no lower bound. */
    private boolean aboutTheFuture(String text, int at) {
        for (Sentences.Bounds b : sentences.split(text)) {
            if (b.start() <= at && at < b.end()) {
                return FUTURE.matcher(text.substring(b.start(), b.end())).find();
            }
        }
        return false;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static List<DatedEvent> bundledEvents() {
        try (InputStream in = DateEstimator.class.getResourceAsStream("dated-events.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled dated-events.tsv");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    "dated-events.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dated-events.tsv", e);
        }
    }

    /**
     * Parses a dated events file.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    static List<DatedEvent> parse(List<String> lines, String origin) {
        List<DatedEvent> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.isBlank() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split("\t");
            String where = origin + ":" + (i + 1) + ": ";
            if (f.length != 4) {
                throw new IllegalArgumentException(where + "expected PATTERN<TAB>FIRST DAY<TAB>LAST DAY<TAB>NAME");
            }
            try {
                LocalDate from = LocalDate.parse(f[1].strip());
                LocalDate to = LocalDate.parse(f[2].strip());
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException(where + "the last day " + to + " is before the first day " + from);
                }
                out.add(new DatedEvent(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE), from, to, f[3].strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(where + "bad day '" + e.getParsedString() + "'; use YYYY-MM-DD");
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + "bad pattern: " + e.getDescription());
            }
        }
        return out;
    }
}
