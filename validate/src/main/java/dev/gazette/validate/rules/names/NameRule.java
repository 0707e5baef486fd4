package dev.gazette.validate.rules.names;

import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.CorpusStatistic;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * What the two names rules share: the names statistic they declare, and the article's mentions
 * resolved against it (computed once per article, whichever rule asks first).
 */
abstract class NameRule implements Rule {

    final NameStatistic statistic;

    NameRule(NameStatistic statistic) {
        this.statistic = statistic;
    }

    @Override
    public final List<CorpusStatistic<?, ?>> statistics() {
        return List.of(statistic);
    }

    /** The article's mentions, resolved against the corpus's entities. */
    final Names.Resolved mentions(ArticleContext ctx) {
        return Names.mentions(ctx, statistic);
    }
}
