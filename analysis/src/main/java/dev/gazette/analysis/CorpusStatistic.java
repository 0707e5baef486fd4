package dev.gazette.analysis;

import dev.gazette.model.Article;

/**
 * A compact statistic of the whole corpus, gathered like a {@link java.util.stream.Collector}:
 * per-article accumulation, combination of partial results (so shards can run in parallel,
 * or on another engine), and a final immutable result that rules read. It must hold compact
 * counts, not article text, so memory stays flat as the corpus grows.
 *
 * <p>Statistics are identified by object identity: share one instance (a constant) between
 * the rules that need it, and the engine gathers it once.
 *
 * <p>Accumulators and results are {@link java.io.Serializable}: a distributed runner (the Beam
 * pipeline) combines accumulators made on different workers and hands the result to every
 * worker, so both must survive Java serialization unchanged.
 *
 * @param <A> the mutable accumulator
 * @param <R> the immutable result
 */
public interface CorpusStatistic<A, R> {

    /** A name for diagnostics. */
    String name();

    /** A fresh, empty accumulator. */
    A newAccumulator();

    /** Adds one article to the accumulator. */
    void accumulate(A accumulator, Article article);

    /**
     * Adds one article, keeping in {@code memo} per-article work that the rules will need again
     * when they check the article (the engine may hand the same memo to the article's
     * {@link ArticleContext}). By default the memo is not used.
     */
    default void accumulate(A accumulator, Article article, ArticleMemo memo) {
        accumulate(accumulator, article);
    }

    /** Merges {@code right} into {@code left} and returns the result. */
    A combine(A left, A right);

    /**
     * Splits an accumulator into parts by bucket (numbers in {@code [0, buckets)}): the parts of
     * one bucket from many workers combine on one worker, and combining every bucket's part gives
     * the whole accumulator back. A distributed runner ships parts, so that no record it ships
     * holds the counts of the whole corpus (an engine such as Flink sorts records in bounded
     * buffers). A statistic keyed by words or names splits by its keys; by default there is one
     * part.
     */
    default java.util.Map<Integer, A> split(A accumulator, int buckets) {
        return java.util.Map.of(0, accumulator);
    }

    /** The final result. */
    R finish(A accumulator);
}
