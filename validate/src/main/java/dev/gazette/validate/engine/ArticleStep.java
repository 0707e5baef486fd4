package dev.gazette.validate.engine;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.analysis.pipeline.ArticleAnalysis;
import dev.gazette.analysis.pipeline.ArticleProducts;
import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
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

    /**
     * True when {@code doc} is longer than {@link ArticleLimits#maxArticleChars()}: it is not parsed
     * or checked ({@link #parse}, {@link #check}), and the corpus passes leave it out of the
     * corpus signals.
     */
    public boolean overBudget(RawDocument doc) {
        return options.limits().overBudget(doc.text().length());
    }

    /**
     * Parses {@code doc}, reading the corpus's recurring-line signal. A document over the
     * article budget is not parsed: it becomes an article of its raw text alone, with no title
     * and no paragraphs (exported with its raw text, and costing no more than that text).
     */
    public Article parse(RawDocument doc, CorpusKnowledge knowledge) {
        if (overBudget(doc)) {
            return new Article(doc.id(), doc.source(), doc.sha256(), doc.encoding(), null, null, null, null, null,
                    null, List.of(), List.of(), List.of(), List.of(), 0, doc.text());
        }
        return parser.parse(doc, knowledge.recurringLines());
    }

    /**
     * What the analysis, the rules and the corpus statistics read of {@code article}: the
     * article without its body paragraphs and headings longer than
     * {@link ArticleLimits#maxParagraphChars()} (the article itself when it has none). The result
     * keeps the whole article.
     */
    public Article checkable(Article article) {
        int max = options.limits().maxParagraphChars();
        boolean long1 = article.paragraphs().stream().anyMatch(p -> p.text().length() > max)
                || article.headings().stream().anyMatch(h -> h.text().length() > max);
        if (!long1) {
            return article;
        }
        List<Paragraph> paragraphs = article.paragraphs().stream().filter(p -> p.text().length() <= max).toList();
        List<Block> headings = article.headings().stream().filter(h -> h.text().length() <= max).toList();
        return new Article(article.id(), article.source(), article.sha256(), article.encoding(), article.title(),
                article.dek(), article.dateline(), article.published(), article.publisher(), article.originalSource(),
                paragraphs, headings, article.setAside(), article.attributions(), article.wrapWidth(), article.raw());
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
        ArticleLimits limits = options.limits();
        if (limits.overBudget(article.raw().length())) {
            return overBudget(article, doc, extra);
        }
        LineIndex lines = LineIndex.of(article.raw());
        Article view = checkable(article);
        ArticleAnalysis analysis = analyser.analyse(view, lines, knowledge, memo);
        ArticleContext ctx = new ArticleContext(view, lines, knowledge, options.settings(), analysis, memo,
                limits.maxFindingsPerRule());
        for (Rule rule : rules) {
            rule.check(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        if (view != article) {
            overLong(article, lines, findings);
        }
        ctx.leftOut().forEach((rule, n) -> add(findings, Finding.fileLevel("findings-capped", Severity.INFO,
                article.id(), article.source(), "Rule '" + rule + "' reported " + limits.maxFindingsPerRule()
                        + " findings in this article and left out " + n + " more (the cap is "
                        + limits.maxFindingsPerRule() + " per rule per article); the fixes of those left out are not"
                        + " applied",
                "Look at the article: a flood of findings usually means text that is not prose. Raise the cap"
                        + " with --max-findings-per-rule N.")));
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

    /** The result of an article over the budget: exported as it is, with a finding that says so. */
    private ArticleResult overBudget(Article article, RawDocument doc, List<Finding> extra) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : doc.notes()) {
            add(findings, f);
        }
        for (Finding f : extra) {
            add(findings, f);
        }
        add(findings, Finding.fileLevel("article-over-budget", Severity.WARNING, article.id(), article.source(),
                "Article is " + article.raw().length() + " characters long, over the limit of "
                        + options.limits().maxArticleChars() + " for one article: it is not parsed or checked,"
                        + " it is exported with its raw text only (no paragraphs), and it is left out of the corpus"
                        + " statistics",
                "Split the file into its articles, or raise the limit with --max-article-chars N (with more"
                        + " memory, -Xmx, for larger articles)."));
        findings.sort(Finding.ORDER);
        LineIndex lines = LineIndex.of(article.raw());
        Normalised unchanged = normaliser.apply(article, lines, List.of());
        ArticleProducts products = options.products() ? new ArticleProducts(List.of(), List.of(), List.of(),
                DateEstimator.Estimate.NONE) : ArticleProducts.NONE;
        return new ArticleResult(article.id(), article.source(), article, unchanged, findings, lines, products);
    }

    /** One {@code over-long-paragraph} finding per paragraph or heading the rules did not read. */
    private void overLong(Article article, LineIndex lines, List<Finding> out) {
        int max = options.limits().maxParagraphChars();
        for (Paragraph p : article.paragraphs()) {
            if (p.text().length() > max) {
                add(out, Finding.at("over-long-paragraph", Severity.WARNING, article.id(), article.source(), lines,
                        p.start(), p.end(), "Paragraph " + (p.index() + 1) + " is " + p.text().length()
                                + " characters long, over the limit of " + max + ": the rules and the analysis"
                                + " (names, quotations) skip it, and it is left out of the corpus statistics",
                        "Check the input: a paragraph this long is usually text without paragraph breaks (a"
                                + " table, a list, files run together). Or raise the limit with"
                                + " --max-paragraph-chars N.", List.of()));
            }
        }
        for (Block h : article.headings()) {
            if (h.text().length() > max) {
                add(out, Finding.at("over-long-paragraph", Severity.WARNING, article.id(), article.source(), lines,
                        h.start(), h.end(), "A heading of " + h.text().length() + " characters, over the limit of "
                                + max + ": the rules and the analysis skip it",
                        "Check the input, or raise the limit with --max-paragraph-chars N.", List.of()));
            }
        }
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
