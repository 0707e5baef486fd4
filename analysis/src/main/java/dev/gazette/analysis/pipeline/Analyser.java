package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.quotes.MentionSpeakers;
import dev.gazette.analysis.quotes.QuoteExtractor;
import dev.gazette.analysis.quotes.SpeakerResolver;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import java.util.List;

/**
 * The analysis layer of one run: the extractors, built once from the reference data, and the
 * corpus statistics their products need. Stateless after construction and thread-safe; each
 * article gets its own {@link ArticleAnalysis}.
 */
public final class Analyser {

    private final NameAnalysis names;
    private final QuoteExtractor quotes;
    private final SpeakerResolver speakers;

    public Analyser(NameAnalysis names, QuoteExtractor quotes, SpeakerResolver speakers) {
        this.names = names;
        this.quotes = quotes;
        this.speakers = speakers;
    }

    /**
     * The analysis with {@code data}'s registries, the bundled quotation lexicon and speakers
     * resolved through the name mentions.
     *
     * @throws IllegalArgumentException naming the file and line when a registry file is malformed
     */
    public static Analyser of(ReferenceData data) {
        return new Analyser(NameAnalysis.of(data), QuoteExtractor.standard(), MentionSpeakers.INSTANCE);
    }

    /** The names analysis. */
    public NameAnalysis names() {
        return names;
    }

    /** The quotation extractor. */
    public QuoteExtractor quotes() {
        return quotes;
    }

    /** How quotation speakers are resolved to entities. */
    public SpeakerResolver speakers() {
        return speakers;
    }

    /** The corpus statistics the products need: gather them before the articles' analysis. */
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(names.statistic());
    }

    /** A fresh analysis of {@code article}, reading {@code knowledge} and sharing work through {@code memo}. */
    public ArticleAnalysis analyse(Article article, LineIndex lines, CorpusKnowledge knowledge, ArticleMemo memo) {
        return new ArticleAnalysis(this, article, lines, knowledge, memo);
    }

    /** The corpus's products, once its statistics are gathered. */
    public CorpusProducts products(CorpusKnowledge knowledge) {
        return new CorpusProducts(names.entities(knowledge), names.links(knowledge));
    }
}
