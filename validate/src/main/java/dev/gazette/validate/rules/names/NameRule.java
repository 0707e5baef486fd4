package dev.gazette.validate.rules.names;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.validate.Rule;
import java.util.List;

/**
 * What the two names rules share: they report the names product of the article's analysis,
 * and declare the names statistic so that the engine gathers the corpus's entities first.
 */
abstract class NameRule implements Rule {

    private final NameAnalysis names;

    NameRule(NameAnalysis names) {
        this.names = names;
    }

    @Override
    public final List<CorpusStatistic<?, ?>> statistics() {
        return List.of(names.statistic());
    }
}
