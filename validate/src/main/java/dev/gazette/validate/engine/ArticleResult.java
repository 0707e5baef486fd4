package dev.gazette.validate.engine;

import dev.gazette.analysis.pipeline.ArticleProducts;
import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.validate.fix.Normalised;
import java.util.List;

/**
 * What the engine made of one input file: the parsed article and its clean version, or
 * nothing when the file was rejected; and every finding about it, sorted.
 *
 * @param id         the article id
 * @param source     the input path
 * @param article    the parsed article, or {@code null} when the file was rejected
 * @param normalised the clean version, or {@code null} when the file was rejected
 * @param findings   all findings about this input, in {@link Finding#ORDER}
 * @param lines      the line index of the article's raw text (computed once per article), or
 *                   {@code null} when the file was rejected
 * @param products   the data products of the article's analysis ({@link ArticleProducts#NONE} when
 *                   the run was not asked for them, and for a rejected input)
 */
public record ArticleResult(String id, String source, Article article, Normalised normalised, List<Finding> findings,
                            LineIndex lines, ArticleProducts products) {

    public ArticleResult {
        findings = List.copyOf(findings);
        products = products == null ? ArticleProducts.NONE : products;
    }

    /** A result for an input that produced no article. */
    public static ArticleResult rejected(String id, String source, List<Finding> findings) {
        return new ArticleResult(id, source, null, null, findings, null, ArticleProducts.NONE);
    }

    /** True when the file was read and parsed. */
    public boolean parsed() {
        return article != null;
    }
}
