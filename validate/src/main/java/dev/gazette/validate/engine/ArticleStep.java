package dev.gazette.validate.engine;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.analysis.pipeline.ArticleAnalysis;
import dev.gazette.analysis.pipeline.ArticleProducts;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import dev.gazette.model.constraints.ModelValidator;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import dev.gazette.validate.fix.Normalised;
import dev.gazette.validate.fix.Normaliser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-article step, a pure function of one document and the corpus knowledge: parse,
 * validate the record, analyse, check with every enabled rule, normalise, and return the
 * article's result. It holds no state between articles and is thread-safe, so the local engine
 * calls it on its worker threads and a distributed runner can call it from a worker with no
 * engine around it ({@link #apply}). The corpus knowledge it reads is made by the corpus passes
 * over the statistics of {@link #statistics()}.
 */
public final class ArticleStep {

    private final EngineOptions options;
    private final Analyser analyser;
    private final List<Rule> rules;
    private final ArticleParser parser;
    private final Normaliser normaliser;
    private final ModelValidator validator = new ModelValidator();

    /**
     * A step running the enabled ones of {@code rules}, analysing with {@code analyser}.
     *
     * @throws IllegalArgumentException when a rule is not in the settings' catalogue
     */
    public ArticleStep(EngineOptions options, Analyser analyser, List<Rule> rules) {
        this.options = options;
        this.analyser = analyser;
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : rules) {
            options.settings().catalogue().get(r.id());
            if (options.settings().enabled(r.id())) {
                enabled.add(r);
            }
        }
        this.rules = List.copyOf(enabled);
        this.parser = new ArticleParser(options.parser());
        this.normaliser = new Normaliser(options.settings(), options.applySuggestedFixes(), options.decisions());
    }

    /** How this step runs. */
    public EngineOptions options() {
        return options;
    }

    /** The enabled rules, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The analysis layer. */
    public Analyser analyser() {
        return analyser;
    }

    /**
     * The corpus statistics to gather before any article is checked: those the enabled rules
     * declare and, when results carry data products, those the products need. Each once, in
     * declaration order.
     */
    public List<CorpusStatistic<?, ?>> statistics() {
        Map<CorpusStatistic<?, ?>, Boolean> seen = new IdentityHashMap<>();
        List<CorpusStatistic<?, ?>> out = new ArrayList<>();
        for (Rule r : rules) {
            for (CorpusStatistic<?, ?> s : r.statistics()) {
                if (seen.put(s, Boolean.TRUE) == null) {
                    out.add(s);
                }
            }
        }
        if (options.products()) {
            for (CorpusStatistic<?, ?> s : analyser.statistics()) {
                if (seen.put(s, Boolean.TRUE) == null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Parses {@code doc}, reading the corpus's recurring-line signal. */
    public Article parse(RawDocument doc, CorpusKnowledge knowledge) {
        return parser.parse(doc, knowledge.recurringLines());
    }

    /** The whole step for one document: parse, then {@link #check}. */
    public ArticleResult apply(RawDocument doc, CorpusKnowledge knowledge) {
        return check(parse(doc, knowledge), new ArticleMemo(), doc, List.of(), knowledge);
    }

    /**
     * Checks and normalises a parsed article.
     *
     * @param memo  per-article work shared with the corpus statistics (see {@link ArticleMemo})
     * @param doc   the document the article was parsed from (its reading notes become findings)
     * @param extra findings the caller made about the document (a duplicate id, say)
     */
    public ArticleResult check(Article article, ArticleMemo memo, RawDocument doc, List<Finding> extra,
                               CorpusKnowledge knowledge) {
        LineIndex lines = LineIndex.of(article.raw());
        ArticleAnalysis analysis = analyser.analyse(article, lines, knowledge, memo);
        ArticleContext ctx = new ArticleContext(article, lines, knowledge, options.settings(), analysis, memo);
        for (Rule rule : rules) {
            rule.check(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : doc.notes()) {
            add(findings, f);
        }
        for (Finding f : extra) {
            add(findings, f);
        }
        for (Finding f : validator.validate(article)) {
            add(findings, f);
        }
        for (Finding f : ctx.findings()) {
            add(findings, f);
        }
        Normalised normalised = normaliser.apply(article, lines, findings);
        for (Finding f : normalised.conflicts()) {
            add(findings, f);
        }
        findings.sort(Finding.ORDER);
        ArticleProducts products = options.products() ? analysis.products(true) : ArticleProducts.NONE;
        return new ArticleResult(article.id(), article.source(), article, normalised, findings, lines, products);
    }

    /** The finding as the settings have it: {@code null} when its rule is off, else at the configured severity. */
    public Finding configured(Finding f) {
        if (!options.settings().enabled(f.ruleId())) {
            return null;
        }
        Severity s = options.settings().severity(f.ruleId());
        return s == f.severity() ? f : f.withSeverity(s);
    }

    private void add(List<Finding> out, Finding f) {
        Finding c = configured(f);
        if (c != null) {
            out.add(c);
        }
    }
}
