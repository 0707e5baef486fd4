package dev.gazette.validate;

import java.util.IdentityHashMap;
import java.util.Map;

/** The finished corpus statistics of one run, looked up by the statistic that made them. */
public final class CorpusKnowledge {

    private final Map<CorpusStatistic<?, ?>, Object> results;

    CorpusKnowledge(Map<CorpusStatistic<?, ?>, Object> results) {
        this.results = new IdentityHashMap<>(results);
    }

    /** Knowledge with no statistics, for checking a single article in isolation. */
    public static CorpusKnowledge empty() {
        return new CorpusKnowledge(Map.of());
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
