package dev.gazette.validate.rules.names;

import dev.gazette.model.Article;
import dev.gazette.validate.AnnotationKey;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.CorpusKnowledge;
import dev.gazette.validate.CorpusStatistic;
import dev.gazette.validate.Rule;
import dev.gazette.validate.RuleEnvironment;
import dev.gazette.validate.rules.names.NameAnalyser.Found;
import dev.gazette.validate.rules.names.NameIndex.FormInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the names package: creates the name rules for an environment (registry
 * files) and reads their data products, the mentions attached to each article and the
 * entities of the corpus.
 */
public final class Names {

    /** The entity mentions of an article, attached by the name rules. */
    public static final AnnotationKey<ArticleMentions> MENTIONS = new AnnotationKey<>("mentions", ArticleMentions.class);

    private Names() {
    }

    /**
     * The name rules ({@code name-variant}, {@code alias-variant}) sharing one names statistic.
     *
     * @throws IllegalArgumentException naming the file and line when a registry file is malformed
     */
    public static List<Rule> rules(RuleEnvironment env) {
        NameStatistic statistic = statistic(Registry.load(env));
        return List.of(new NameVariantRule(statistic), new AliasVariantRule(statistic));
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

    /**
     * The entities of the last run of an engine with {@code rules}, sorted by id; empty when no
     * name rule ran.
     */
    public static List<Entity> entities(List<Rule> rules, CorpusKnowledge knowledge) {
        for (Rule r : rules) {
            for (CorpusStatistic<?, ?> s : r.statistics()) {
                if (s instanceof NameStatistic ns && knowledge.has(ns)) {
                    NameIndex index = knowledge.get(ns);
                    return index == null ? List.of() : index.entities();
                }
            }
        }
        return List.of();
    }

    /**
     * The mentions of the context's article, resolved against the corpus's entities: computed
     * once per article and attached under {@link #MENTIONS}, then read back by the other rule.
     */
    static Resolved mentions(ArticleContext ctx, NameStatistic statistic) {
        Object cached = ctx.annotations().get(MENTIONS);
        Object internal = ctx.annotations().get(RESOLVED);
        if (cached != null && internal instanceof Resolved r) {
            return r;
        }
        NameIndex index = ctx.hasCorpus(statistic) ? ctx.corpus(statistic) : null;
        if (index == null) {
            index = statistic.finish(single(statistic, ctx));
        }
        Article a = ctx.article();
        List<Found> found = statistic.found(a, ctx.memo());
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
            int start = a.paragraphs().get(f.candidate().paragraph()).rawOffset(f.candidate().start());
            int end = a.paragraphs().get(f.candidate().paragraph()).rawOffset(f.candidate().end());
            mentions.add(new Mention(a.id(), e.id(), f.surface(), e.name(), e.type(), relation, f.candidate().role(),
                    f.candidate().paragraph(), ctx.lines().lineOf(start), ctx.lines().columnOf(start), start, end));
            kept.add(f);
        }
        Resolved r = new Resolved(index, kept, mentions);
        ctx.attach(MENTIONS, new ArticleMentions(mentions));
        ctx.attach(RESOLVED, r);
        return r;
    }

    private static String label(FormInfo info) {
        return info.relation().name().toLowerCase(Locale.ROOT);
    }

    private static NameStatistic.Acc single(NameStatistic statistic, ArticleContext ctx) {
        NameStatistic.Acc acc = statistic.newAccumulator();
        statistic.accumulate(acc, ctx.article(), ctx.memo());
        return acc;
    }

    /** The resolved names of one article, shared by the two rules. */
    record Resolved(NameIndex index, List<Found> found, List<Mention> mentions) {
    }

    /** Internal: the resolution behind {@link #MENTIONS}, so the second rule does not redo it. */
    static final AnnotationKey<Resolved> RESOLVED = new AnnotationKey<>("names-resolved", Resolved.class);
}
