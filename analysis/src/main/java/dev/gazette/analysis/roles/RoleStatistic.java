package dev.gazette.analysis.roles;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The titles the corpus gives its people, as compact counts: per person, post and organisation,
 * the first and last publication date of the articles that give the title and how many articles
 * do; and per post one person holds at a time, organisation and month, who is given it. People
 * are keyed by the names of the article they appear in (their registry id, or the name the article
 * uses); {@link Attested} maps them to the corpus's entities once those are known, for the roles
 * table and the role-conflict rule. Only titles in the present ("Foreign Minister X", "newly
 * appointed") count: "former", "then", "late" and the past tense attest no post at the article's
 * date. {@link #combine} is associative, with an empty accumulator as identity.
 */
public final class RoleStatistic implements CorpusStatistic<RoleStatistic.Acc, RoleStatistic.Attested> {

    /**
     * A person as one article's names give them.
     *
     * @param id        the entity id the article's own names give (a registry id for a registry entity)
     * @param canonical the name the article's names give as canonical
     * @param form      the first full name the article writes for the person
     */
    public record Person(String id, String canonical, String form) implements Serializable, Comparable<Person> {
        @Override
        public int compareTo(Person o) {
            return Comparator.comparing(Person::id).thenComparing(Person::canonical).thenComparing(Person::form)
                    .compare(this, o);
        }
    }

    /**
     * A post of a person.
     *
     * @param person the person
     * @param post   the post, as {@link TitleFinder#post} gives it
     * @param of     the organisation's or country's entity id, or "" when the title names none
     * @param ofName its name, or "" when none
     */
    public record Key(Person person, String post, String of, String ofName) implements Serializable, Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::person).thenComparing(Key::post).thenComparing(Key::of)
                    .thenComparing(Key::ofName).compare(this, o);
        }
    }

    /** A post one person holds at a time, in one month. */
    record Month(String post, String of, YearMonth month) implements Serializable {
    }

    /** What the articles give for one key. */
    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        LocalDate first;
        LocalDate last;
        int articles;
        int dated;
        final Map<String, Integer> written = new HashMap<>();

        void add(Tally o) {
            first = first == null || o.first != null && o.first.isBefore(first) ? o.first : first;
            last = last == null || o.last != null && o.last.isAfter(last) ? o.last : last;
            articles += o.articles;
            dated += o.dated;
            o.written.forEach((k, v) -> written.merge(k, v, Integer::sum));
        }
    }

    /** Who is given a post in a month: articles, the first article id (by order of ids), the first and last day. */
    static final class Holders implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<Person, int[]> articles = new HashMap<>();
        final Map<Person, String> firstArticle = new HashMap<>();
        final Map<Person, LocalDate[]> days = new HashMap<>();

        void add(Person p, int n, String article, LocalDate first, LocalDate last) {
            articles.computeIfAbsent(p, k -> new int[1])[0] += n;
            firstArticle.merge(p, article, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            days.merge(p, new LocalDate[] {first, last}, (a, b) -> new LocalDate[] {
                a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
    }

    /** The accumulator. */
    public static final class Acc implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<Key, Tally> keys = new HashMap<>();
        final Map<Month, Holders> months = new HashMap<>();
    }

    private final NameAnalysis names;
    private final TitleFinder titles;
    private final Function<String, String> countries;

    /**
     * @param countries the entity id of a country by name, for demonyms ({@link RolePeriods#idOf})
     */
    public RoleStatistic(NameAnalysis names, TitleFinder titles, Function<String, String> countries) {
        this.names = names;
        this.titles = titles;
        this.countries = countries;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Acc newAccumulator() {
        return new Acc();
    }

    @Override
    public void accumulate(Acc acc, Article article) {
        accumulate(acc, article, new ArticleMemo());
    }

    @Override
    public void accumulate(Acc acc, Article article, ArticleMemo memo) {
        List<Mention> mentions = names.resolve(article, LineIndex.of(article.raw()), CorpusKnowledge.empty(), memo)
                .mentions();
        LocalDate date = article.published() == null ? null : article.published().date();
        List<Title> found = titles.find(ArticleText.of(article, memo), date, mentions, countries);
        if (found.isEmpty()) {
            return;
        }
        Map<String, String> forms = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.relation().equals("partial")) {
                forms.putIfAbsent(m.entityId(), m.surface());
            }
        }
        Map<Key, String> seen = new LinkedHashMap<>();
        Set<Map.Entry<Month, Person>> held = new HashSet<>();
        for (Title t : found) {
            if (!counts(t)) {
                continue;
            }
            Mention m = t.person();
            Person p = new Person(m.entityId(), m.canonical(), forms.getOrDefault(m.entityId(), m.surface()));
            Key k = new Key(p, t.post(), t.of() == null ? "" : t.of(), t.ofName() == null ? "" : t.ofName());
            seen.putIfAbsent(k, t.postWritten());
            if (date != null && t.unique() && t.of() != null && !titles.isVagueOrganisation(t.ofName())) {
                held.add(Map.entry(new Month(t.post(), t.of(), YearMonth.from(date)), p));
            }
        }
        for (Map.Entry<Key, String> e : seen.entrySet()) {
            Tally t = acc.keys.computeIfAbsent(e.getKey(), x -> new Tally());
            t.articles++;
            if (date != null) {
                t.dated++;
                t.first = t.first == null || date.isBefore(t.first) ? date : t.first;
                t.last = t.last == null || date.isAfter(t.last) ? date : t.last;
            }
            t.written.merge(e.getValue(), 1, Integer::sum);
        }
        for (Map.Entry<Month, Person> e : held) {
            acc.months.computeIfAbsent(e.getKey(), x -> new Holders()).add(e.getValue(), 1, article.id(), date, date);
        }
    }

    /**
     * True when a title attests the post at the article's date: in the present or newly taken, in a
     * sentence that names no other day and is not set in an earlier time ({@link Title#past()}).
     */
    public static boolean counts(Title t) {
        return (t.tense() == Title.Tense.CURRENT || t.tense() == Title.Tense.NEW) && t.told() == null && !t.past();
    }

    @Override
    public Acc combine(Acc left, Acc right) {
        right.keys.forEach((k, t) -> left.keys.computeIfAbsent(k, x -> new Tally()).add(t));
        right.months.forEach((m, h) -> {
            Holders into = left.months.computeIfAbsent(m, x -> new Holders());
            h.articles.forEach((p, n) -> into.add(p, n[0], h.firstArticle.get(p), h.days.get(p)[0], h.days.get(p)[1]));
        });
        return left;
    }

    @Override
    public Attested finish(Acc acc) {
        List<Attestation> rows = new ArrayList<>();
        for (Map.Entry<Key, Tally> e : acc.keys.entrySet()) {
            Tally t = e.getValue();
            String written = t.written.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(e.getKey().post());
            rows.add(new Attestation(e.getKey(), written, t.first, t.last, t.articles, t.dated));
        }
        rows.sort(Comparator.comparing(Attestation::key));
        Map<String, List<Holder>> months = new LinkedHashMap<>();
        List<Month> keys = new ArrayList<>(acc.months.keySet());
        keys.sort(Comparator.comparing(Month::post).thenComparing(Month::of).thenComparing(Month::month));
        for (Month m : keys) {
            Holders h = acc.months.get(m);
            if (h.articles.size() < 2) {
                continue; // one person: nothing to compare
            }
            List<Holder> list = new ArrayList<>();
            h.articles.forEach((p, n) -> list.add(new Holder(p, n[0], h.firstArticle.get(p), h.days.get(p)[0],
                    h.days.get(p)[1])));
            list.sort(Comparator.comparing(Holder::person));
            months.put(monthKey(m.post(), m.of(), m.month()), List.copyOf(list));
        }
        return new Attested(List.copyOf(rows), months);
    }

    static String monthKey(String post, String of, YearMonth month) {
        return post + "\u0000" + of + "\u0000" + month;
    }

    /**
     * One post of one person as the corpus gives it.
     *
     * @param key      person, post and organisation
     * @param written  the post as most often written ("Foreign Minister")
     * @param first    the earliest publication date of an article giving it, or {@code null} when none is dated
     * @param last     the latest such date, or {@code null}
     * @param articles the articles giving it
     * @param dated    how many of them are dated
     */
    public record Attestation(Key key, String written, LocalDate first, LocalDate last, int articles, int dated)
            implements Serializable {
    }

    /**
     * A person given a post in a month.
     *
     * @param person   the person
     * @param articles how many articles of the month give them the post
     * @param article  the first of those articles, by id
     * @param first    the first publication day of those articles
     * @param last     the last
     */
    public record Holder(Person person, int articles, String article, LocalDate first, LocalDate last)
            implements Serializable {
    }

    /**
     * The result: every post of every person the corpus gives, sorted, and for each post one person
     * holds at a time, organisation and month with more than one person given it, who they are.
     */
    public record Attested(List<Attestation> attestations, Map<String, List<Holder>> months) implements Serializable {

        /** The people given a post of {@code of} in {@code month}, when more than one person is; else empty. */
        public List<Holder> holders(String post, String of, YearMonth month) {
            return months.getOrDefault(monthKey(post, of, month), List.of());
        }
    }
}
