package dev.gazette.analysis.events;

import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was written from evidence in its text: the posts its people
 * hold by the role periods ("the newly appointed Secretary ... Ali Larijani": within half a year
 * of the appointment; "Foreign Minister X": while X held the post), the dates it mentions (it was
 * written after a day it reports in the past) and the dated events it refers to ("the 12-day
 * war", from {@code dated-events.tsv}). The estimate is the intersection of the ranges; each
 * piece of evidence is kept in words.
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
        /** Days from earliest to latest inclusive, or -1 when an end is open. */
        public long width() {
            return earliest == null || latest == null ? -1 : latest.toEpochDay() - earliest.toEpochDay() + 1;
        }
    }

    /** A reference to an event with known dates. */
    record DatedEvent(Pattern pattern, LocalDate from, LocalDate to, String name) {
    }

    /** Days after an appointment during which "newly appointed" is still written. */
    static final int NEW_IN_POST_DAYS = 183;

    private static final Pattern NEW_IN_POST = Pattern.compile(
            "\\b(?:newly[- ]appointed|new|newly[- ]elected|newly[- ]named|incoming|recently appointed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_CURRENT = Pattern.compile(
            "\\b(?:former|ex|then|late|previous|onetime|one-time|outgoing|acting|deputy|vice|assistant|under)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "\\b(?:will|would|by|until|till|before|scheduled|due|expected|planned|next|from)\\s+(?:\\w+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|shall|expects?|expected|forecasts?|forecast|projected|"
            + "plans?|planned|due|matur\\w*|target\\w*|deadline|until|through|by\\s+the\\s+end|scheduled|could|may|might|"
            + "estimates?|estimated|budget|fiscal|outlook|predict\\w*|seeks?|proposed|to\\s+be|goal)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of|during|from|late|early|mid)[- ](19[5-9]\\d|20[0-4]\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Default of the recency assumption: an article is at most this many days newer than its latest reported date. */
    public static final int DEFAULT_RECENCY_DAYS = 0;

    private final RolePeriods roles;
    private final List<DatedEvent> events;
    private final int recencyDays;

    /**
     * @param recencyDays when no evidence bounds the article from above, it is taken to be at most this many
     *                    days newer than the latest day its text reports (0: leave the upper end open)
     */
    public DateEstimator(RolePeriods roles, List<DatedEvent> events, int recencyDays) {
        this.roles = roles;
        this.events = List.copyOf(events);
        this.recencyDays = recencyDays;
    }

    /** An estimator with the bundled dated events and the default recency assumption. */
    public static DateEstimator standard(RolePeriods roles) {
        return new DateEstimator(roles, bundledEvents(), DEFAULT_RECENCY_DAYS);
    }

    /** The estimate for an article; both ends null and no evidence when the text has none. */
    public Estimate estimate(Article article, List<Named> names) {
        LocalDate lo = null;
        LocalDate hi = null;
        LocalDate recent = null;
        List<String> evidence = new ArrayList<>();
        for (Named n : names) {
            if (n.role() == null || n.role().isBlank()) {
                continue;
            }
            String role = n.role();
            if (NOT_CURRENT.matcher(role).find()) {
                continue;
            }
            for (RolePeriods.Period p : roles.of(n.entityId())) {
                if (!mentionsTitle(role, p.title()) || p.from() == null && p.to() == null) {
                    continue;
                }
                LocalDate from = p.from();
                LocalDate to = p.to();
                String how = "'" + role + " " + n.name() + "': held " + p.describe();
                if (NEW_IN_POST.matcher(role).find() && from != null) {
                    LocalDate newUntil = from.plusDays(NEW_IN_POST_DAYS);
                    to = to == null || newUntil.isBefore(to) ? newUntil : to;
                    how = "'" + role + " " + n.name() + "': appointed " + from;
                }
                // a post written in the present gives its start as a lower bound; only "newly appointed"
                // bounds the article from above, since titles of people long out of a post are still written
                lo = max(lo, from);
                if (NEW_IN_POST.matcher(role).find()) {
                    hi = min(hi, to);
                }
                evidence.add(how);
                break;
            }
        }
        for (Paragraph p : article.paragraphs()) {
            String text = p.text();
            for (DatedEvent e : events) {
                Matcher m = e.pattern.matcher(text);
                if (m.find()) {
                    lo = max(lo, e.to);
                    recent = max(recent, e.to);
                    evidence.add("'" + m.group() + "': " + e.name + " (" + e.from + (e.to.equals(e.from) ? "" : " to " + e.to) + ")");
                }
            }
            for (DateExpressions.Found f : DateExpressions.find(text)) {
                if (f.kind() != DateExpressions.Kind.FULL_DATE || FUTURE_BEFORE.matcher(text.substring(0, f.start())).find()
                        || aboutTheFuture(text, f.start())) {
                    continue;
                }
                LocalDate d = DateExpressions.resolve(f, null, false);
                recent = d == null ? recent : max(recent, d);
                if (d != null && (lo == null || d.isAfter(lo))) {
                    lo = d;
                    evidence.add("'" + f.text() + "' reported");
                }
            }
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                if (FUTURE_BEFORE.matcher(text.substring(0, y.start())).find() || aboutTheFuture(text, y.start())) {
                    continue;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(y.group(1)), 1, 1);
                recent = max(recent, d.withDayOfYear(d.lengthOfYear()));
                if (lo == null || d.isAfter(lo)) {
                    lo = d;
                    evidence.add("'" + y.group() + "' reported");
                }
            }
        }
        if (hi == null && recent != null && recencyDays > 0) {
            hi = recent.plusDays(recencyDays);
            evidence.add("news reports recent events: at most " + recencyDays + " days after " + recent);
        }
        if (lo != null && hi != null && hi.isBefore(lo)) {
            evidence.add("the evidence disagrees (" + lo + " is after " + hi + "): the upper end is dropped");
            hi = null;
        }
        return new Estimate(lo, hi, String.join("; ", evidence));
    }

    /** True when the sentence around {@code at} speaks of the future or of plans, so its dates are no lower bound. */
    private static boolean aboutTheFuture(String text, int at) {
        for (Sentences.Bounds b : Sentences.standard().split(text)) {
            if (b.start() <= at && at < b.end()) {
                return FUTURE.matcher(text.substring(b.start(), b.end())).find();
            }
        }
        return false;
    }

    /** True when a role as written names the registry title ("Secretary of Iran's SNSC" names "Secretary"). */
    static boolean mentionsTitle(String role, String title) {
        String r = " " + RolePeriods.fold(role) + " ";
        String t = RolePeriods.fold(title);
        int at = r.indexOf(" " + t + " ");
        return !t.isEmpty() && at >= 0;
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
            List<DatedEvent> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\t");
                if (f.length != 4) {
                    throw new IllegalArgumentException("dated-events.tsv:" + line + ": expected PATTERN<TAB>FIRST<TAB>LAST<TAB>NAME");
                }
                out.add(new DatedEvent(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE), LocalDate.parse(f[1]),
                        LocalDate.parse(f[2]), f[3].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dated-events.tsv", e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
