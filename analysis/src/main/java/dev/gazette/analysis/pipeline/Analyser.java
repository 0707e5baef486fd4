package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.events.EventExtractor;
import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.quotes.MentionSpeakers;
import dev.gazette.analysis.quotes.QuoteExtractor;
import dev.gazette.analysis.quotes.SpeakerResolver;
import dev.gazette.analysis.roles.RolePeriods;
import dev.gazette.analysis.roles.RoleStatistic;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.analysis.roles.RoleTimeline;
import dev.gazette.analysis.roles.TitleFinder;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The analysis layer of one run: the extractors, built once from the reference data, and the
 * corpus statistics their products need. Stateless after construction and thread-safe; each
 * article gets its own {@link ArticleAnalysis}.
 */
public final class Analyser {

    private final NameAnalysis names;
    private final QuoteExtractor quotes;
    private final SpeakerResolver speakers;
    private final TitleFinder titles;
    private final RoleTimeline timeline;
    private final DateEstimator dates;
    private final EventExtractor events;
    private final RoleStatistic roles;

    /** An analysis with no role periods and the bundled dated events. */
    public Analyser(NameAnalysis names, QuoteExtractor quotes, SpeakerResolver speakers) {
        this(names, quotes, speakers, RolePeriods.none(), List.of());
    }

    private Analyser(NameAnalysis names, QuoteExtractor quotes, SpeakerResolver speakers, RolePeriods periods,
                     List<Path> datedEventFiles) {
        this.names = names;
        this.quotes = quotes;
        this.speakers = speakers;
        this.titles = TitleFinder.standard();
        this.timeline = new RoleTimeline(periods, titles);
        this.dates = DateEstimator.of(timeline, datedEventFiles);
        this.events = EventExtractor.standard();
        this.roles = new RoleStatistic(names, titles, this::countryId);
    }

    /**
     * The analysis with {@code data}'s registries (entities and the posts people held), the bundled
     * quotation lexicon, speakers resolved through the name mentions, and {@code data}'s dated events.
     *
     * @throws IllegalArgumentException naming the file and line when a registry or dated-events file is malformed
     */
    public static Analyser of(ReferenceData data) {
        NameAnalysis names = NameAnalysis.of(data);
        return new Analyser(names, QuoteExtractor.standard(), MentionSpeakers.INSTANCE, RolePeriods.of(data),
                data.datedEventFiles());
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

    /** Finds the titles articles give their people. */
    public TitleFinder titles() {
        return titles;
    }

    /** Compares titles with the posts the registries say people held. */
    public RoleTimeline timeline() {
        return timeline;
    }

    /** Estimates when undated articles were written. */
    public DateEstimator dates() {
        return dates;
    }

    /** Finds meetings, talks, visits, phone calls and signings. */
    public EventExtractor events() {
        return events;
    }

    /** The corpus statistic of the titles the articles give their people (the roles table, the role-conflict rule). */
    public RoleStatistic roles() {
        return roles;
    }

    /**
     * The entity id of a country named by a demonym: the registry's id for that name, else the
     * name folded as the names analysis folds unknown names into ids ("Saudi Arabia": "saudi-arabia").
     */
    String countryId(String name) {
        String id = timeline.periods().idOf(name);
        if (id != null) {
            return id;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The corpus statistics the products need: gather them before the articles' analysis. */
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(names.statistic(), roles);
    }

    /** A fresh analysis of {@code article}, reading {@code knowledge} and sharing work through {@code memo}. */
    public ArticleAnalysis analyse(Article article, LineIndex lines, CorpusKnowledge knowledge, ArticleMemo memo) {
        return new ArticleAnalysis(this, article, lines, knowledge, memo);
    }

    /** The corpus's products, once its statistics are gathered. */
    public CorpusProducts products(CorpusKnowledge knowledge) {
        List<Entity> entities = names.entities(knowledge);
        return new CorpusProducts(entities, names.links(knowledge),
                knowledge.has(roles) ? RoleTable.rows(knowledge.get(roles), entities, timeline) : List.of());
    }
}
