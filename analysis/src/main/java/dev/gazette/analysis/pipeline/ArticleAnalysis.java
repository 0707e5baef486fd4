package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.names.ArticleNames;
import dev.gazette.analysis.quotes.Quote;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of one article: its products (names, quotations), each computed on first use
 * and then shared by every rule and exporter that reads it, so that nothing is extracted
 * twice. Belongs to one article and one thread.
 */
public final class ArticleAnalysis {

    private final Analyser analyser;
    private final Article article;
    private final LineIndex lines;
    private final CorpusKnowledge knowledge;
    private final ArticleMemo memo;
    private ArticleText text;
    private ArticleNames names;
    private List<Quotation> quotations;

    ArticleAnalysis(Analyser analyser, Article article, LineIndex lines, CorpusKnowledge knowledge, ArticleMemo memo) {
        this.analyser = analyser;
        this.article = article;
        this.lines = lines;
        this.knowledge = knowledge;
        this.memo = memo;
    }

    /** The article analysed. */
    public Article article() {
        return article;
    }

    /** The line index of the article's raw text. */
    public LineIndex lines() {
        return lines;
    }

    /** The article's text as units (title, dek, paragraphs), each with its words and quote marks found once. */
    public ArticleText text() {
        if (text == null) {
            text = ArticleText.of(article);
        }
        return text;
    }

    /** The article's names resolved against the corpus's entities. */
    public ArticleNames names() {
        if (names == null) {
            names = analyser.names().resolve(article, lines, knowledge, memo);
        }
        return names;
    }

    /** The article's direct quotations, in text order, with speakers resolved to entities. */
    public List<Quotation> quotations() {
        if (quotations == null) {
            List<Quote> quotes = analyser.quotes().extract(article);
            List<Quotation> out = new ArrayList<>(quotes.size());
            for (Quote q : quotes) {
                String entity = q.attributed()
                        ? analyser.speakers().entityId(names().mentions(), q).orElse(null) : null;
                out.add(new Quotation(q, entity));
            }
            quotations = List.copyOf(out);
        }
        return quotations;
    }

    /** The products that travel with the article's result: all of them when {@code all}, else those computed so far. */
    public ArticleProducts products(boolean all) {
        if (all) {
            quotations();
        }
        return new ArticleProducts(names == null ? null : names.mentions(), quotations);
    }
}
