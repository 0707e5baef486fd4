package dev.gazette.analysis.text;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.model.Article;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus's own vocabulary: for every word (lower-cased) of the body text, how often it
 * is written in lower case, capitalised inside a sentence, and capitalised elsewhere (at the
 * start of a sentence or in capitals). Words seen once are dropped when the statistic is
 * finished, so the result stays compact. Immutable once finished.
 */
public final class Vocabulary implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The shared statistic; rules that read the vocabulary declare this instance. */
    public static final CorpusStatistic<Accumulator, Vocabulary> STATISTIC = new Statistic();

    /** No corpus: for articles checked on their own. */
    public static final Vocabulary EMPTY = new Vocabulary(Map.of(), 0);

    private static final int LOWER = 0;
    private static final int CAPITALISED = 1;
    private static final int OTHER = 2;

    private final Map<String, int[]> counts;
    private final long tokens;

    private Vocabulary(Map<String, int[]> counts, long tokens) {
        this.counts = counts;
        this.tokens = tokens;
    }

    /** The vocabulary of the run, or {@link #EMPTY} when the statistic was not gathered. */
    public static Vocabulary of(CorpusKnowledge knowledge) {
        return knowledge.has(STATISTIC) ? knowledge.get(STATISTIC) : EMPTY;
    }

    /** How often {@code lower} occurs in any case (0 for words seen once or never). */
    public int count(String lower) {
        int[] c = counts.get(lower);
        return c == null ? 0 : c[LOWER] + c[CAPITALISED] + c[OTHER];
    }

    /** How often {@code lower} is written in lower case. */
    public int lowerCount(String lower) {
        int[] c = counts.get(lower);
        return c == null ? 0 : c[LOWER];
    }

    /** How often {@code lower} is written capitalised inside a sentence (not at its start). */
    public int capitalisedCount(String lower) {
        int[] c = counts.get(lower);
        return c == null ? 0 : c[CAPITALISED];
    }

    /** The number of words in the corpus body text. */
    public long tokens() {
        return tokens;
    }

    /** Counts the words of one unit of text ({@link TextUnit#forEachWord}, the shared tokenisation) into {@code acc}. */
    public static void count(TextUnit unit, Accumulator acc) {
        String text = unit.text();
        unit.forEachWord((s, e) -> {
            acc.tokens++;
            String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
            int kind;
            if (Words.lowerCase(text, s, e)) {
                kind = LOWER;
            } else if (Words.capitalised(text, s, e) && !Words.sentenceInitial(text, s)) {
                kind = CAPITALISED;
            } else {
                kind = OTHER;
            }
            acc.counts.computeIfAbsent(lower, k -> new int[3])[kind]++;
        });
    }

    /** The mutable counts gathered while the corpus is read. */
    public static final class Accumulator implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, int[]> counts = new HashMap<>();
        long tokens;
    }

    private static final class Statistic implements CorpusStatistic<Accumulator, Vocabulary> {
        @Override
        public String name() {
            return "vocabulary";
        }

        @Override
        public Accumulator newAccumulator() {
            return new Accumulator();
        }

        @Override
        public void accumulate(Accumulator acc, Article article) {
            accumulate(acc, article, new ArticleMemo());
        }

        /** Counts the words of the body paragraphs of the article's shared text (kept in its memo for the rules). */
        @Override
        public void accumulate(Accumulator acc, Article article, ArticleMemo memo) {
            for (TextUnit u : ArticleText.of(article, memo).units(false)) {
                count(u, acc);
            }
        }

        @Override
        public Accumulator combine(Accumulator left, Accumulator right) {
            right.counts.forEach((w, c) -> {
                int[] l = left.counts.computeIfAbsent(w, k -> new int[3]);
                for (int i = 0; i < 3; i++) {
                    l[i] += c[i];
                }
            });
            left.tokens += right.tokens;
            return left;
        }

        /** By word; the token count goes with bucket 0. */
        @Override
        public Map<Integer, Accumulator> split(Accumulator acc, int buckets) {
            Map<Integer, Accumulator> parts = new HashMap<>();
            parts.computeIfAbsent(0, b -> new Accumulator()).tokens = acc.tokens;
            acc.counts.forEach((w, c) -> parts.computeIfAbsent(Math.floorMod(w.hashCode(), buckets),
                    b -> new Accumulator()).counts.put(w, c));
            return parts;
        }

        @Override
        public Vocabulary finish(Accumulator acc) {
            Map<String, int[]> kept = new HashMap<>();
            acc.counts.forEach((w, c) -> {
                if (c[LOWER] + c[CAPITALISED] + c[OTHER] >= 2) {
                    kept.put(w, c.clone());
                }
            });
            return new Vocabulary(Map.copyOf(kept), acc.tokens);
        }
    }
}
