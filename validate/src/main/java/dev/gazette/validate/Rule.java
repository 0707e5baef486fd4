package dev.gazette.validate;

import dev.gazette.analysis.CorpusStatistic;
import java.util.List;

/**
 * A rule checks one article at a time and reports findings through its context. Rules are
 * stateless and thread-safe; what a rule needs to know about the whole corpus it declares as
 * {@link CorpusStatistic}s, which the engine gathers in a first pass and hands back through
 * {@link ArticleContext#corpus(CorpusStatistic)}. Metadata lives in the {@link RuleCatalogue}
 * under the rule's {@link #id()}.
 */
public interface Rule {

    /** The catalogue id. */
    String id();

    /** Checks one article. */
    void check(ArticleContext context);

    /** The options this rule reads; each must be the catalogue's option of that name and type. */
    default List<RuleOption<?>> options() {
        return List.of();
    }

    /** The corpus statistics this rule reads; gathered before any article is checked. */
    default List<CorpusStatistic<?, ?>> statistics() {
        return List.of();
    }
}
