package dev.gazette.validate;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees while it checks one article: the article, its line index, the corpus
 * statistics and the settings, and a place to report findings. Positions are offsets into
 * the raw text; the context turns them into lines and columns. One context per article and
 * thread.
 */
public final class ArticleContext {

    private final Article article;
    private final LineIndex lines;
    private final CorpusKnowledge corpus;
    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();
    private final java.util.Map<AnnotationKey<?>, Object> annotations = new java.util.IdentityHashMap<>();
    private final ArticleMemo memo;

    public ArticleContext(Article article, LineIndex lines, CorpusKnowledge corpus, RuleSettings settings) {
        this(article, lines, corpus, settings, new ArticleMemo());
    }

    /** A context with the memo the corpus statistics filled for this article. */
    public ArticleContext(Article article, LineIndex lines, CorpusKnowledge corpus, RuleSettings settings,
                          ArticleMemo memo) {
        this.article = article;
        this.lines = lines;
        this.corpus = corpus;
        this.settings = settings;
        this.memo = memo;
    }

    /** A context for checking {@code article} alone, with default settings and no corpus statistics. */
    public static ArticleContext standalone(Article article) {
        return new ArticleContext(article, LineIndex.of(article.raw()), CorpusKnowledge.empty(), RuleSettings.defaults());
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

    /**
     * Reports a finding on the raw range {@code [start, end)} at the rule's configured severity.
     *
     * @param edits the fix, as edits on the raw text; empty for none
     */
    public void report(String ruleId, int start, int end, String message, String suggestion, List<TextEdit> edits) {
        findings.add(new Finding(ruleId, settings.severity(ruleId), article.id(), article.source(),
                lines.lineOf(start), lines.columnOf(start), start, end, message, suggestion, edits));
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

    /** Reports a finding about the whole article. */
    public void reportArticle(String ruleId, String message, String suggestion) {
        findings.add(Finding.fileLevel(ruleId, settings.severity(ruleId), article.id(), article.source(),
                message, suggestion));
    }

    /** Attaches data to this article's result (see {@link AnnotationKey}); a second call replaces the first. */
    public <T> void attach(AnnotationKey<T> key, T value) {
        annotations.put(key, value);
    }

    /** The data attached so far. */
    public java.util.Map<AnnotationKey<?>, Object> annotations() {
        return java.util.Collections.unmodifiableMap(annotations);
    }

    /** Everything reported so far, in report order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
