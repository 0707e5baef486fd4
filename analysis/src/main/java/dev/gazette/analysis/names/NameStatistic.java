package dev.gazette.analysis.names;

import dev.gazette.analysis.AnnotationKey;
import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.analysis.text.Lexicon;
import dev.gazette.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names statistic: per distinct name form, how often and in how many articles it is
 * used, what the cues say about its type and what surrounds it (a {@link FormContext}: bounded
 * sketches of its articles' other names and datelines, of its paragraphs' content words and of
 * its titles, and its articles' dates), plus the acronym definitions seen. Everything is a
 * compact count or sketch, no text beyond the names themselves, and accumulators combine in any
 * order. {@link #finish} clusters the forms into entities ({@link NameClusterer}). One instance
 * is shared by the name rules of one engine.
 */
final class NameStatistic implements CorpusStatistic<NameStatistic.Acc, NameIndex> {

    /** Counts for one form. */
    static final class Counts implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        int kinds;
        int mentions;
        int articles;
        final int[] votes = new int[4];
        final FormContext context = new FormContext();

        void add(Counts o) {
            kinds |= o.kinds;
            mentions += o.mentions;
            articles += o.articles;
            for (int t = 0; t < 4; t++) {
                votes[t] += o.votes[t];
            }
            context.addAll(o.context);
        }
    }

    /** Other names of an article added to each form's context, at most. */
    static final int CONTEXT_NAMES = 60;
    /** Content words shorter than this are left out of the contexts. */
    static final int MIN_WORD = 4;
    /** Words of SCOWL levels below this (the two thousand commonest) say nothing about a name's context. */
    static final int MIN_WORD_LEVEL = 35;

    /**
     * The accumulator: counts per form, acronym definitions, and how many articles use two forms
     * that may name one entity (same consonants, same last word, an acronym and a name with its
     * initials, or two names of one registry entity), so that an entity's article count does
     * not count an article twice for writing two of its forms.
     */
    static final class Acc implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, Counts> forms = new HashMap<>();
        final Map<String, Map<String, Integer>> definitions = new HashMap<>();
        final Map<String, Integer> together = new HashMap<>();

        Counts counts(String surface) {
            return forms.computeIfAbsent(surface, s -> new Counts());
        }
    }

    private final NameAnalyser analyser;
    private final NameClusterer clusterer;
    private final Lexicon english;

    NameStatistic(NameAnalyser analyser, NameClusterer clusterer) {
        this.analyser = analyser;
        this.clusterer = clusterer;
        this.english = clusterer.comparer().english();
    }

    NameAnalyser analyser() {
        return analyser;
    }

    NameClusterer clusterer() {
        return clusterer;
    }

    /** The name candidates of one article, as this statistic's analyser finds them. */
    record Analysed(List<Found> found) {
    }

    /** Where this statistic's analysis of an article is kept for the rules (one key per analyser). */
    private final AnnotationKey<Analysed> analysedKey = new AnnotationKey<>("name-candidates", Analysed.class);

    /** The name candidates of {@code article}: computed once per memo. */
    List<Found> found(Article article, ArticleMemo memo) {
        return memo.computeIfAbsent(analysedKey, () -> new Analysed(analyser.analyse(ArticleText.of(article, memo),
                article.dateline(), article.raw()))).found();
    }

    @Override
    public String name() {
        return "names";
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
        List<Found> found = found(article, memo);
        Set<String> roots = new HashSet<>();
        for (Found f : found) {
            int[] votes = f.candidate().votes();
            switch (f.relation()) {
                case FULL, SINGLE, AMBIGUOUS -> {
                    // (the root is the surface, but for a dateline's place in capitals: the place's name)
                    Counts c = acc.counts(f.root());
                    c.kinds |= f.relation() == NameAnalyser.Relation.FULL ? NameClusterer.FULL
                            : f.relation() == NameAnalyser.Relation.SINGLE ? NameClusterer.SINGLE : NameClusterer.AMBIGUOUS;
                    c.mentions++;
                    addVotes(c, votes);
                    roots.add(f.root());
                }
                case PARTIAL -> {
                    Counts c = acc.counts(f.root());
                    c.mentions++;
                    addVotes(c, votes);
                    roots.add(f.root());
                }
                case ACRONYM -> {
                    Counts c = acc.counts(f.surface());
                    c.kinds |= NameClusterer.ACRONYM;
                    addVotes(c, votes);
                    if (f.root().equals(f.surface())) {
                        c.mentions++;
                        roots.add(f.surface());
                    } else {
                        acc.definitions.computeIfAbsent(f.surface(), s -> new HashMap<>()).merge(f.root(), 1, Integer::sum);
                    }
                }
                default -> throw new IllegalStateException(f.relation().name());
            }
        }
        for (String r : roots) {
            acc.counts(r).articles++;
        }
        if (roots.size() > 1) {
            countTogether(acc, found, roots);
        }
        addContext(acc, article, found, roots);
    }

    /**
     * Adds the article to the context of each form it uses: the article's other names (by key,
     * so that spellings of one name count once) and its dateline, its date, the content words of
     * the paragraphs where the form stands and the titles written before it.
     */
    private void addContext(Acc acc, Article article, List<Found> found, Set<String> roots) {
        if (roots.isEmpty()) {
            return;
        }
        Map<String, String> keyOf = new HashMap<>();
        for (Found f : found) {
            if (f.relation() != NameAnalyser.Relation.PARTIAL && roots.contains(f.surface())) {
                keyOf.putIfAbsent(f.surface(), f.key().concat());
            }
        }
        for (String r : roots) {
            keyOf.computeIfAbsent(r, x -> analyser.keys().key(x, false).concat());
        }
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(keyOf.values()));
        if (names.size() > CONTEXT_NAMES) {
            names = names.subList(0, CONTEXT_NAMES);
        }
        String dateline = article.dateline() == null || article.dateline().place() == null ? null
                : "d:" + NameKeys.fold(article.dateline().place());
        int day = article.published() == null || article.published().date() == null ? Integer.MIN_VALUE
                : (int) article.published().date().toEpochDay();
        for (String r : roots) {
            FormContext c = acc.counts(r).context;
            String own = keyOf.get(r);
            for (String n : names) {
                if (!n.equals(own)) {
                    c.names.add(n);
                }
            }
            if (dateline != null) {
                c.names.add(dateline);
            }
            if (day != Integer.MIN_VALUE) {
                c.addDay(day);
            }
        }
        Map<Integer, List<String>> wordsOf = new HashMap<>();
        for (Found f : found) {
            String root = f.relation() == NameAnalyser.Relation.PARTIAL || f.relation() == NameAnalyser.Relation.ACRONYM
                    ? f.root() : f.surface();
            if (!roots.contains(root)) {
                continue;
            }
            FormContext c = acc.counts(root).context;
            int p = f.candidate().paragraph();
            List<String> words = wordsOf.computeIfAbsent(p, x -> contentWords(article, x));
            for (String w : words) {
                c.words.add(w);
            }
            String role = f.candidate().role();
            if (role != null && !role.isBlank()) {
                c.roles.add(NameKeys.fold(role).strip());
            }
        }
    }

    /** The content words of a paragraph: written in lower case, four letters or more, not among the commonest. */
    private List<String> contentWords(Article article, int paragraph) {
        String text = NameAnalysis.paragraph(article, paragraph).text();
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            boolean lower = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                lower &= Character.isLowerCase(text.charAt(i));
                i++;
            }
            if (lower && i - s >= MIN_WORD) {
                String w = text.substring(s, i);
                int level = english.level(w);
                if (!english.isFunctionWord(w) && (level == 0 || level >= MIN_WORD_LEVEL)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Records pairs of this article's forms that could belong to one entity (see {@link Acc}). */
    private void countTogether(Acc acc, List<Found> found, Set<String> roots) {
        Map<String, NameKeys.NameKey> keyOf = new HashMap<>();
        for (Found f : found) {
            if (f.relation() != NameAnalyser.Relation.PARTIAL && roots.contains(f.surface())) {
                keyOf.putIfAbsent(f.surface(), f.key());
            }
        }
        Map<String, List<String>> bySignature = new HashMap<>();
        for (Map.Entry<String, NameKeys.NameKey> e : keyOf.entrySet()) {
            for (String sig : analyser.signatures(e.getKey(), e.getValue())) {
                bySignature.computeIfAbsent(sig, x -> new ArrayList<>(2)).add(e.getKey());
            }
        }
        Set<String> pairs = new HashSet<>();
        for (List<String> group : bySignature.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(pair(group.get(i), group.get(j)));
                }
            }
        }
        for (String p : pairs) {
            acc.together.merge(p, 1, Integer::sum);
        }
    }

    /** The key of an unordered pair of forms in {@link Acc#together}. */
    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    private static void addVotes(Counts c, int[] votes) {
        for (int t = 0; t < 4; t++) {
            c.votes[t] += votes[t];
        }
    }

    @Override
    public Acc combine(Acc left, Acc right) {
        for (Map.Entry<String, Counts> e : right.forms.entrySet()) {
            left.counts(e.getKey()).add(e.getValue());
        }
        for (Map.Entry<String, Map<String, Integer>> e : right.definitions.entrySet()) {
            Map<String, Integer> into = left.definitions.computeIfAbsent(e.getKey(), s -> new HashMap<>());
            e.getValue().forEach((k, v) -> into.merge(k, v, Integer::sum));
        }
        right.together.forEach((k, v) -> left.together.merge(k, v, Integer::sum));
        return left;
    }

    /** Forms by surface, definitions by acronym, pairs of forms by their first form. */
    @Override
    public Map<Integer, Acc> split(Acc acc, int buckets) {
        Map<Integer, Acc> parts = new HashMap<>();
        acc.forms.forEach((surface, c) -> part(parts, surface, buckets).forms.put(surface, c));
        acc.definitions.forEach((acronym, d) -> part(parts, acronym, buckets).definitions.put(acronym, d));
        acc.together.forEach((pair, n) -> part(parts, pair.substring(0, pair.indexOf('\u0000')), buckets)
                .together.put(pair, n));
        return parts;
    }

    /** The part of {@code parts} whose bucket holds {@code key}. */
    private static Acc part(Map<Integer, Acc> parts, String key, int buckets) {
        return parts.computeIfAbsent(Math.floorMod(key.hashCode(), buckets), b -> new Acc());
    }

    @Override
    public NameIndex finish(Acc acc) {
        List<NameClusterer.Form> forms = new ArrayList<>(acc.forms.size());
        for (Map.Entry<String, Counts> e : acc.forms.entrySet()) {
            Counts c = e.getValue();
            forms.add(new NameClusterer.Form(e.getKey(), c.kinds, c.mentions, c.articles, c.votes.clone(), c.context));
        }
        return clusterer.cluster(forms, acc.definitions, acc.together);
    }
}
