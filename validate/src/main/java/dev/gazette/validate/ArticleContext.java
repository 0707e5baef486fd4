package dev.gazette.validate;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.analysis.pipeline.ArticleAnalysis;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees while it checks one article: the article, its line index, its analysis
 * (the products the analysis layer extracted: names, quotations), the corpus statistics and
 * the settings, and a place to report findings. Positions are offsets into the raw text; the
 * context turns them into lines and columns. One context per article and thread.
 */
public final class ArticleContext {

    private final Article article;
    private final LineIndex lines;
    private final CorpusKnowledge corpus;
    private final RuleSettings settings;
    private final ArticleAnalysis analysis;
    private final ArticleMemo memo;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * A context for checking {@code article}.
     *
     * @param analysis the article's analysis, which reads the same corpus knowledge
     * @param memo     per-article work the corpus statistics kept for the check (see {@link ArticleMemo})
     */
    public ArticleContext(Article article, LineIndex lines, CorpusKnowledge corpus, RuleSettings settings,
                          ArticleAnalysis analysis, ArticleMemo memo) {
        this.article = article;
        this.lines = lines;
        this.corpus = corpus;
        this.settings = settings;
        this.analysis = analysis;
        this.memo = memo;
    }

    /**
     * A context for checking {@code article} alone, with default settings and no corpus
     * statistics, analysed by {@code analyser}.
     */
    public static ArticleContext standalone(Article article, Analyser analyser) {
        LineIndex lines = LineIndex.of(article.raw());
        CorpusKnowledge none = CorpusKnowledge.empty();
        ArticleMemo memo = new ArticleMemo();
        return new ArticleContext(article, lines, none, RuleSettings.defaults(),
                analyser.analyse(article, lines, none, memo), memo);
    }

    public Article article() {
        return article;
    }

    public LineIndex lines() {
        return lines;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The article's analysis: read its products instead of extracting anything again. */
    public ArticleAnalysis analysis() {
        return analysis;
    }

    /** Per-article work shared with the corpus statistics (see {@link ArticleMemo}). */
    public ArticleMemo memo() {
        return memo;
    }

    /** The result of a corpus statistic the rule declared. */
    public <R> R corpus(CorpusStatistic<?, R> statistic) {
        return corpus.get(statistic);
    }

    /** True when the statistic was gathered for this run. */
    public boolean hasCorpus(CorpusStatistic<?, ?> statistic) {
        return corpus.has(statistic);
    }

    /** Everything the corpus passes learnt, for analysis products that read it. */
    public CorpusKnowledge knowledge() {
        return corpus;
    }

    /**
     * Reports a finding on the raw range {@code [start, end)} at the rule's configured severity.
     *
     * @param edits the fix, as edits on the raw text; empty for none
     */
    public void report(String ruleId, int start, int end, String message, String suggestion, List<TextEdit> edits) {
        findings.add(Finding.at(ruleId, settings.severity(ruleId), article.id(), article.source(), lines, start, end,
                message, suggestion, edits));
    }

    /** Reports a finding without a fix. */
    public void report(String ruleId, int start, int end, String message, String suggestion) {
        report(ruleId, start, end, message, suggestion, List.of());
    }

    /**
     * Reports a finding on {@code [textStart, textEnd)} of a paragraph's text, mapping the
     * range back to the raw text.
     */
    public void reportInParagraph(String ruleId, Paragraph p, int textStart, int textEnd, String message,
                                  String suggestion, List<TextEdit> edits) {
        report(ruleId, p.rawOffset(textStart), p.rawOffset(textEnd), message, suggestion, edits);
    }

    /** Reports a finding on {@code [start, end)} of a text unit's text, mapping the range back to the raw text. */
    public void report(String ruleId, TextUnit unit, int start, int end, String message, String suggestion,
                       List<TextEdit> edits) {
        report(ruleId, unit.raw(start), unit.raw(end), message, suggestion, edits);
    }

    /** Reports a finding about the whole article. */
    public void reportArticle(String ruleId, String message, String suggestion) {
        findings.add(Finding.fileLevel(ruleId, settings.severity(ruleId), article.id(), article.source(),
                message, suggestion));
    }

    /** Everything reported so far, in report order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
