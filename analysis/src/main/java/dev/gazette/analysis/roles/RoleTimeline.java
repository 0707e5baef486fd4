package dev.gazette.analysis.roles;

import dev.gazette.analysis.text.RelativeDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the titles an article gives its people with the posts the registry (or a user's
 * timeline file) says they held: a person called "Vice President" after they became President,
 * the title of a predecessor written for a successor, "former" for a post still held. What a
 * title says about time is read from its qualifiers and verb ({@link Title.Tense}): "former",
 * "ex-", "then", "late", "newly appointed" and the past tense. Thread-safe.
 */
public final class RoleTimeline {

    /** Days before the article's date within which "newly appointed" may still be written of an appointment. */
    static final int NEW_IN_POST_DAYS = 365;

    /**
     * When an article was written: its date, or the range its text gives an undated article.
     *
     * @param earliest  the first possible day, or {@code null} when open
     * @param latest    the last possible day, or {@code null} when open
     * @param estimated true when the range is estimated from the text (the article has no date)
     */
    public record When(LocalDate earliest, LocalDate latest, boolean estimated) {

        /** A known publication day. */
        public static When on(LocalDate day) {
            return new When(day, day, false);
        }

        /** True when neither end is known. */
        public boolean unknown() {
            return earliest == null && latest == null;
        }

        /** The date in words, for messages. */
        public String describe() {
            if (!estimated) {
                return earliest.equals(latest) ? "the article is dated " + earliest
                        : "the article is dated " + earliest + " to " + latest;
            }
            String range = latest == null ? "on or after " + earliest
                    : earliest == null ? "on or before " + latest
                    : "between " + earliest + " and " + latest;
            return "the article has no date and its text puts it " + range;
        }
    }

    private final RolePeriods periods;
    private final TitleFinder titles;
    private final Set<String> vocabulary;

    public RoleTimeline(RolePeriods periods, TitleFinder titles) {
        this.periods = periods;
        this.titles = titles;
        Set<String> posts = new HashSet<>();
        for (List<RolePeriods.Period> ps : periods.all().values()) {
            for (RolePeriods.Period p : ps) {
                posts.add(titles.post(p.title()));
            }
        }
        this.vocabulary = Set.copyOf(posts);
    }

    /** The role periods compared with. */
    public RolePeriods periods() {
        return periods;
    }

    /**
     * The periods of the title's person that are the post the title names: the same post (as
     * {@link TitleFinder#post} gives it; a generic "head" is any post of the same organisation),
     * of an organisation or country the title does not contradict.
     */
    public List<RolePeriods.Period> matching(Title t) {
        return matching(t.person().entityId(), t.post(), t.of(), t.ofs());
    }

    /**
     * The periods of an entity that are a post ({@link TitleFinder#post}) of {@code of}, among the
     * organisations and countries {@code ofs} a title names.
     */
    public List<RolePeriods.Period> matching(String entityId, String post, String of, List<String> ofs) {
        List<RolePeriods.Period> out = new ArrayList<>();
        for (RolePeriods.Period p : periods.of(entityId)) {
            String own = titles.post(p.title());
            boolean samePost = samePost(own, post) || titles.isGeneric(post) && p.of() != null && p.of().equals(of);
            if (samePost && ofAgrees(ofs, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * True when two posts are one: the same words, or a portfolio's "secretary" and "minister"
     * ("Finance Secretary" of the Philippines is its finance minister).
     */
    private boolean samePost(String a, String b) {
        return a.equals(b) || ministerial(a).equals(ministerial(b));
    }

    private String ministerial(String post) {
        String[] w = post.split(" ");
        if (w.length >= 2 && w[w.length - 1].equals("secretary") && !titles.isRank(w[w.length - 2])
                && !w[w.length - 2].equals("general")) {
            return post.substring(0, post.length() - "secretary".length()) + "minister";
        }
        return post;
    }

    /**
     * An organisation contradicts a period only when the title names a country the registry knows
     * and the period is of another country ("Iraqi Foreign Minister" against a post of Iran).
     */
    private boolean ofAgrees(List<String> ofs, RolePeriods.Period p) {
        if (p.of() == null || ofs.isEmpty() || ofs.contains(p.of()) || !periods.isPlace(p.of())) {
            return true;
        }
        for (String of : ofs) {
            if (periods.isPlace(of)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with a title at the article's date, in words, or empty when nothing is (or
     * the registry does not list the person's posts, or the date is unknown where it matters).
     */
    public Optional<String> check(Title t, When when) {
        List<RolePeriods.Period> all = periods.of(t.person().entityId());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<RolePeriods.Period> held = matching(t);
        if (held.isEmpty()) {
            if (!comparable(t, all) || !sameOrganisation(t, all, when)) {
                return Optional.empty();
            }
            return Optional.of(quote(t) + ": the registry lists " + t.person().canonical() + " as " + list(all) + ", never as "
                    + t.postWritten() + (t.ofName() == null ? "" : " of " + t.ofName())
                    + (when.unknown() ? "" : "; " + when.describe()));
        }
        if (t.tense() == Title.Tense.AS) {
            return Optional.empty(); // "X's first trip as ...": no time to check against
        }
        // "former" speaks of the article's own day; other titles of the day the sentence tells of, if it names one
        if (t.told() != null && t.tense() != Title.Tense.FORMER) {
            return timing(t, held, t.told(), t.told(), "the sentence tells of " + t.told());
        }
        if (when.unknown()) {
            return Optional.empty();
        }
        Optional<String> atDate = timing(t, held, when.earliest(), when.latest(), when.describe());
        if (atDate.isPresent() && t.toldWords() != null && t.tense() != Title.Tense.FORMER) {
            // a time the sentence tells of ("late last year", "in December 2024") may be the title's: right at either is right
            LocalDate[] told = told(t, when);
            if (told == null || timing(t, held, told[0], told[1], "").isEmpty()) {
                return Optional.empty();
            }
        }
        return atDate;
    }

    /** What is wrong with a title of {@code held} posts for the days {@code [lo, hi]}, by its tense. */
    private Optional<String> timing(Title t, List<RolePeriods.Period> held, LocalDate lo, LocalDate hi, String date) {
        String who = t.person().canonical();
        switch (t.tense()) {
            case CURRENT -> {
                if (held.stream().noneMatch(p -> p.overlaps(lo, hi))) {
                    return Optional.of(quote(t) + ": " + who + " held " + list(held) + "; " + date);
                }
            }
            case NEW -> {
                LocalDate from = lo == null ? null : lo.minusDays(NEW_IN_POST_DAYS);
                boolean recent = held.stream().anyMatch(p -> p.from() == null
                        || (from == null || !p.from().isBefore(from)) && (hi == null || !p.from().isAfter(hi)));
                if (!recent) {
                    return Optional.of(quote(t) + ": " + who + " took the post long before or after the article: "
                            + list(held) + "; " + date);
                }
            }
            case FORMER -> {
                LocalDate ref = hi != null ? hi : lo;
                boolean before = held.stream().anyMatch(p -> p.to() != null && p.to().isBefore(ref));
                boolean stillHeld = lo != null && held.stream().anyMatch(p -> (p.from() == null || !p.from().isAfter(lo))
                        && (p.to() == null || hi != null && !p.to().isBefore(hi)));
                if (stillHeld && !before) {
                    return Optional.of(quote(t) + ": called former, but " + who + " held " + list(held) + "; " + date);
                }
                if (hi != null && held.stream().allMatch(p -> p.from() != null && p.from().isAfter(hi))) {
                    return Optional.of(quote(t) + ": " + who + " took the post only later: " + list(held) + "; " + date);
                }
            }
            case DESIGNATE -> {
                LocalDate until = hi == null ? null : hi.plusDays(NEW_IN_POST_DAYS);
                boolean toCome = held.stream().anyMatch(p -> (p.from() == null || until == null || !p.from().isAfter(until))
                        && (p.to() == null || lo == null || !p.to().isBefore(lo)));
                if (!toCome) {
                    return Optional.of(quote(t) + ": " + who + " did not take the post within a year: " + list(held)
                            + "; " + date);
                }
            }
            default -> {
                if (hi != null && held.stream().allMatch(p -> p.from() != null && p.from().isAfter(hi))) {
                    return Optional.of(quote(t) + ": " + who + " took the post only later: " + list(held) + "; " + date);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when a title the person never held is worth a finding: a post the registry knows
     * (someone holds it), or a post of the person's own with a rank ("vice" president).
     */
    private boolean comparable(Title t, List<RolePeriods.Period> own) {
        if (titles.isGeneric(t.post())) {
            return false;
        }
        if (vocabulary.contains(t.post())) {
            return true;
        }
        String[] w = t.post().split(" ");
        if (w.length > 1 && titles.isRank(w[0])) {
            String rest = t.post().substring(w[0].length() + 1);
            return own.stream().anyMatch(p -> titles.post(p.title()).equals(rest));
        }
        return false;
    }

    /**
     * True when the person held another post of the title's organisation or country at the
     * article's date (any time, when the date is unknown): then the title contradicts the
     * registry ("Vice President" of a country whose President the person was). A post of another
     * organisation is more likely one the registry does not list.
     */
    private boolean sameOrganisation(Title t, List<RolePeriods.Period> own, When when) {
        for (RolePeriods.Period p : own) {
            boolean same = p.of() != null && (p.of().equals(t.of()) || t.ofs().contains(p.of()))
                    || p.of() == null && t.of() == null;
            if (same && (when.unknown() || p.overlaps(when.earliest(), when.latest()))) {
                return true;
            }
        }
        return false;
    }

    /** The days the title's sentence tells of, when it names them and the article's date places them; else null. */
    private static LocalDate[] told(Title t, When when) {
        if (t.told() != null) {
            return new LocalDate[] {t.told(), t.told()};
        }
        if (t.toldWords() == null) {
            return null;
        }
        boolean dated = !when.estimated() && when.earliest() != null;
        if (!dated && !t.toldWords().matches(".*\\d{4}")) {
            return null;
        }
        LocalDate[] r = RelativeDates.range(t.toldWords(), when.earliest());
        if (r != null && when.latest() != null && r[0].isAfter(when.latest())) {
            return null; // a sentence about the future ("to cut the deficit in 1989") gives its titles at the article's date
        }
        return r;
    }

    private static String quote(Title t) {
        return "'" + t.written() + "' for " + t.person().canonical();
    }

    private String list(List<RolePeriods.Period> ps) {
        List<String> out = new ArrayList<>();
        for (RolePeriods.Period p : ps) {
            String of = periods.nameOf(p.of());
            out.add(p.title() + (of == null ? p.of() == null ? "" : " (" + p.of() + ")" : " of " + of) + " " + p.describe());
        }
        return String.join(", ", out);
    }
}
