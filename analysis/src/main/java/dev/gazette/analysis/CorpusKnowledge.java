package dev.gazette.analysis;

import dev.gazette.model.parse.RecurringLines;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the corpus as a whole says, as the per-article step needs it: the recurring-line
 * signal the parser reads, and the finished corpus statistics, looked up by the statistic that
 * made them. Immutable; built once per run after the corpus passes, then shared by every
 * article's step (on any thread, or as a side input of a distributed runner).
 */
public final class CorpusKnowledge {

    private static final CorpusKnowledge EMPTY = new CorpusKnowledge(null, Map.of());

    private final RecurringLines recurring;
    private final Map<CorpusStatistic<?, ?>, Object> results;

    private CorpusKnowledge(RecurringLines recurring, Map<CorpusStatistic<?, ?>, Object> results) {
        this.recurring = recurring;
        this.results = new IdentityHashMap<>(results);
    }

    /** Knowledge with no corpus signal and no statistics, for checking a single article in isolation. */
    public static CorpusKnowledge empty() {
        return EMPTY;
    }

    /**
     * Knowledge of a corpus.
     *
     * @param recurring the recurring-line signal of the corpus, or {@code null} for none
     * @param results   each gathered statistic's finished result
     */
    public static CorpusKnowledge of(RecurringLines recurring, Map<CorpusStatistic<?, ?>, Object> results) {
        return new CorpusKnowledge(recurring, results);
    }

    /** This knowledge with {@code results} as its statistics (the signal kept). */
    public CorpusKnowledge withResults(Map<CorpusStatistic<?, ?>, Object> results) {
        return new CorpusKnowledge(recurring, results);
    }

    /** The recurring-line signal (which short lines recur across the corpus's articles), or {@code null}. */
    public RecurringLines recurringLines() {
        return recurring;
    }

    /**
     * The result of {@code statistic}.
     *
     * @throws IllegalStateException when the statistic was not gathered (a rule did not declare it)
     */
    @SuppressWarnings("unchecked")
    public <R> R get(CorpusStatistic<?, R> statistic) {
        Object r = results.get(statistic);
        if (r == null && !results.containsKey(statistic)) {
            throw new IllegalStateException("corpus statistic '" + statistic.name()
                    + "' was not gathered: declare it in the rule's statistics()");
        }
        return (R) r;
    }

    /** True when {@code statistic} was gathered. */
    public boolean has(CorpusStatistic<?, ?> statistic) {
        return results.containsKey(statistic);
    }
}
