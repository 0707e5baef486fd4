package dev.gazette.analysis.names;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameIndex.FormInfo;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the names analysis: the names statistic of a corpus (its result is the
 * corpus's entities and which entity each name form belongs to), and each article's mentions
 * resolved against it. One instance per run, built from the reference data (registry files);
 * thread-safe.
 */
public final class NameAnalysis {

    private final NameStatistic statistic;

    NameAnalysis(NameStatistic statistic) {
        this.statistic = statistic;
    }

    /**
     * The names analysis for {@code data}'s registries.
     *
     * @throws IllegalArgumentException naming the file and line when a registry file is malformed
     */
    public static NameAnalysis of(ReferenceData data) {
        return new NameAnalysis(statistic(Registry.load(data)));
    }

    static NameStatistic statistic(Registry registry) {
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        Map<String, String> known = new HashMap<>();
        for (Registry.Entry e : registry.entries()) {
            known.put(keys.key(e.name(), false).concat(), e.id());
            for (Registry.Alias a : e.aliases()) {
                known.put(keys.key(a.name(), false).concat(), e.id());
            }
        }
        return new NameStatistic(new NameAnalyser(keys, known), new NameClusterer(keys, registry));
    }

    /** The corpus statistic whose result the mentions are resolved against; gather it before checking. */
    public CorpusStatistic<?, ?> statistic() {
        return statistic;
    }

    /** The entities of the corpus, sorted by id; empty when the statistic was not gathered. */
    public List<Entity> entities(CorpusKnowledge knowledge) {
        if (!knowledge.has(statistic)) {
            return List.of();
        }
        NameIndex index = knowledge.get(statistic);
        return index == null ? List.of() : index.entities();
    }

    /**
     * Every join that made the corpus's entities, with its evidence (the {@code entity_links}
     * table), sorted by entity and forms; empty when the statistic was not gathered.
     */
    public List<EntityLink> links(CorpusKnowledge knowledge) {
        if (!knowledge.has(statistic)) {
            return List.of();
        }
        NameIndex index = knowledge.get(statistic);
        return index == null ? List.of() : index.links();
    }

    /**
     * Compares two names as the names analysis of the corpus does (their spellings, and for
     * names the corpus uses, their contexts): why two forms were, or were not, joined. Empty when
     * the statistic was not gathered, or when the names are not alike enough to compare or can
     * never be one entity.
     */
    public java.util.Optional<NameComparison> compare(CorpusKnowledge knowledge, String a, String b) {
        if (!knowledge.has(statistic)) {
            return java.util.Optional.empty();
        }
        NameIndex index = knowledge.get(statistic);
        return index == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(index.compare(a, b));
    }

    /**
     * True when {@code surface} is a name form of the corpus in its own right (written as a full
     * name, a one-word name or an acronym somewhere, not only as part of a longer name of its
     * article): a form the clusterer compares.
     */
    public boolean isForm(CorpusKnowledge knowledge, String surface) {
        if (!knowledge.has(statistic)) {
            return false;
        }
        NameIndex index = knowledge.get(statistic);
        return index != null && index.form(surface) != null;
    }

    /**
     * Every pair of forms the clusterer weighed (alike enough in spelling to be compared), for
     * sampling and judging; empty when the statistic was not gathered.
     */
    public List<CandidatePair> candidates(CorpusKnowledge knowledge) {
        if (!knowledge.has(statistic)) {
            return List.of();
        }
        NameIndex index = knowledge.get(statistic);
        return index == null ? List.of() : index.candidates();
    }

    /** The weights of the names decision as fitted to the corpus; empty when the statistic was not gathered. */
    public java.util.Optional<MatchWeights> weights(CorpusKnowledge knowledge) {
        if (!knowledge.has(statistic)) {
            return java.util.Optional.empty();
        }
        NameIndex index = knowledge.get(statistic);
        return index == null ? java.util.Optional.empty()
                : java.util.Optional.of(index.model().describe(index.weights()));
    }

    /** The match probability above which a spelling variant is rewritten by default. */
    public double applyProbability() {
        return MatchModel.standard().apply();
    }

    /**
     * The mentions of {@code article}, resolved against the corpus's entities (or, when the
     * statistic was not gathered, against the article's own names alone).
     */
    public ArticleNames resolve(Article article, LineIndex lines, CorpusKnowledge knowledge, ArticleMemo memo) {
        NameIndex index = knowledge.has(statistic) ? knowledge.get(statistic) : null;
        if (index == null) {
            NameStatistic.Acc acc = statistic.newAccumulator();
            statistic.accumulate(acc, article, memo);
            index = statistic.finish(acc);
        }
        List<Found> found = statistic.found(article, memo);
        List<Mention> mentions = new ArrayList<>(found.size());
        List<Found> kept = new ArrayList<>(found.size());
        int[][] spans = new int[found.size()][];
        for (int i = 0; i < found.size(); i++) {
            spans[i] = rawSpan(article, found.get(i));
        }
        Lexicon lex = statistic.analyser().keys().lexicon();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            FormInfo root = index.form(f.root());
            if (root == null) {
                continue;
            }
            Entity e = index.entity(root.entity());
            if (e.type() == EntityType.PLACE && !f.candidate().dateline()
                    && joinedToCommonWord(article.raw(), spans[i][0], spans[i][1], spans, lex)) {
                continue; // "Valmora Today", "Next Valmora": the place's name inside a longer name, no mention of it
            }
            String relation;
            if (f.relation() == NameAnalyser.Relation.PARTIAL) {
                relation = "partial";
            } else if (f.relation() == NameAnalyser.Relation.ACRONYM && !f.root().equals(f.surface())) {
                FormInfo own = index.form(f.surface());
                relation = own != null && own.entity() == root.entity() ? label(own) : "acronym";
            } else {
                relation = label(root);
            }
            int start = spans[i][0];
            int end = spans[i][1];
            mentions.add(new Mention(article.id(), e.id(), f.surface(), e.name(), e.type(), relation,
                    f.candidate().role(), f.candidate().paragraph(), lines.lineOf(start), lines.columnOf(start),
                    start, end));
            kept.add(f);
        }
        return new ArticleNames(article.raw(), statistic.analyser().keys(), index, kept, mentions);
    }

    /**
     * Where a candidate is written in the raw text: a dateline's place has its offsets there already (the parser took it
     * off the paragraph).
     */
    private static int[] rawSpan(Article article, Found f) {
        if (f.candidate().dateline()) {
            return new int[] {f.candidate().start(), f.candidate().end()};
        }
        Paragraph p = paragraph(article, f.candidate().paragraph());
        return new int[] {p.rawOffset(f.candidate().start()), p.rawOffset(f.candidate().end())};
    }

    /**
     * True when the name at {@code [start, end)} of {@code raw} is joined, by spaces alone, to a capitalised common word
     * that no name of the article holds and that is no calendar word: after it ("Valmora Today", "Valmora First"), or
     * before it in the middle of a sentence, other than a determiner ("according to Next Valmora", "Press Trust Of
     * Valmora"). The extractor cut the
     * run of capitalised words there; the run is a longer name (a publication, a slogan, a newsletter) that the name
     * alone does not mention. Not a word that opens a sentence ("Today Valmora said"), nor one that dates what is said
     * ("in Valmora Monday"), nor one past a line break or punctuation, nor one after a name that ends with a full stop
     * ("the U.S. Has").
     */
    static boolean joinedToCommonWord(String raw, int start, int end, int[][] spans, Lexicon lex) {
        int k = end;
        while (k < raw.length() && raw.charAt(k) == ' ') {
            k++;
        }
        // (not after an abbreviation's full stop, "the U.S. Has": the capital may be the next sentence's, or copy that
        // capitalises every word after a full stop)
        if (k > end && raw.charAt(end - 1) != '.' && commonWordAt(raw, k, spans, lex) != null) {
            return true;
        }
        int b = start;
        while (b > 0 && raw.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == start || b == 0 || !Character.isLetter(raw.charAt(b - 1))) {
            return false;
        }
        int w = b;
        while (w > 0 && Character.isLetter(raw.charAt(w - 1))) {
            w--;
        }
        String word = commonWordAt(raw, w, spans, lex);
        if (word == null || lex.determiners.contains(word)) {
            return false;
        }
        int p = w;
        while (p > 0 && raw.charAt(p - 1) == ' ') {
            p--;
        }
        // in the middle of a sentence: the word before it ends with a lower-case letter or a digit, or is followed by a comma
        // (no full stop, no line break, no opening of the text between)
        return p < w && p > 0 && (Character.isLowerCase(raw.charAt(p - 1)) || Character.isDigit(raw.charAt(p - 1))
                || raw.charAt(p - 1) == ',');
    }

    /** The lower-cased word at {@code at} when it is a capitalised common word, no calendar word, held by no name; else null. */
    private static String commonWordAt(String raw, int at, int[][] spans, Lexicon lex) {
        if (at >= raw.length() || !Character.isUpperCase(raw.charAt(at))) {
            return null;
        }
        int e = at;
        while (e < raw.length() && Character.isLetter(raw.charAt(e))) {
            e++;
        }
        if (e - at < 2 || e < raw.length() && (Character.isLetterOrDigit(raw.charAt(e)) || raw.charAt(e) == '-'
                || raw.charAt(e) == '.' && e + 1 < raw.length() && Character.isLetter(raw.charAt(e + 1)))) {
            return null;
        }
        String word = raw.substring(at, e);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(word.toUpperCase(Locale.ROOT)) || !lex.commonWords.contains(lower)
                || lex.calendarWords.contains(lower)) {
            return null;
        }
        for (int[] s : spans) {
            if (s[0] < e && at < s[1]) {
                return null;
            }
        }
        return lower;
    }

    private static String label(FormInfo info) {
        return info.relation().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The paragraph of {@code article} whose index is {@code index} (a candidate's paragraph). The article the analysis
     * reads may leave some paragraphs out (one over the paragraph limit: the engine's checkable article) while the
     * others keep their indexes, so an index is not always a position in the list.
     */
    static Paragraph paragraph(Article article, int index) {
        List<Paragraph> paragraphs = article.paragraphs();
        if (index < paragraphs.size() && paragraphs.get(index).index() == index) {
            return paragraphs.get(index);
        }
        for (Paragraph p : paragraphs) {
            if (p.index() == index) {
                return p;
            }
        }
        throw new IllegalArgumentException("article " + article.id() + " has no paragraph " + index);
    }
}
