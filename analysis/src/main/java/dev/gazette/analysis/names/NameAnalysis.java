package dev.gazette.analysis.names;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameIndex.FormInfo;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
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

    private NameAnalysis(NameStatistic statistic) {
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
        for (Found f : found) {
            FormInfo root = index.form(f.root());
            if (root == null) {
                continue;
            }
            Entity e = index.entity(root.entity());
            String relation;
            if (f.relation() == NameAnalyser.Relation.PARTIAL) {
                relation = "partial";
            } else if (f.relation() == NameAnalyser.Relation.ACRONYM && !f.root().equals(f.surface())) {
                FormInfo own = index.form(f.surface());
                relation = own != null && own.entity() == root.entity() ? label(own) : "acronym";
            } else {
                relation = label(root);
            }
            int start = article.paragraphs().get(f.candidate().paragraph()).rawOffset(f.candidate().start());
            int end = article.paragraphs().get(f.candidate().paragraph()).rawOffset(f.candidate().end());
            mentions.add(new Mention(article.id(), e.id(), f.surface(), e.name(), e.type(), relation,
                    f.candidate().role(), f.candidate().paragraph(), lines.lineOf(start), lines.columnOf(start),
                    start, end));
            kept.add(f);
        }
        return new ArticleNames(article.raw(), statistic.analyser().keys(), index, kept, mentions);
    }

    private static String label(FormInfo info) {
        return info.relation().name().toLowerCase(Locale.ROOT);
    }
}
