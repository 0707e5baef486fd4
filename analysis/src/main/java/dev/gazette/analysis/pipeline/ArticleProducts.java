package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.names.Mention;
import java.util.List;

/**
 * The data products of one article's analysis that travel with its result to the exporters,
 * immutable. A product that was not asked for is {@code null}, not empty, so that an exporter
 * can tell "none found" from "not analysed".
 *
 * @param mentions    the entity mentions, in text order, or {@code null}
 * @param quotations  the direct quotations, in text order, or {@code null}
 */
public record ArticleProducts(List<Mention> mentions, List<Quotation> quotations) {

    /** No products. */
    public static final ArticleProducts NONE = new ArticleProducts(null, null);

    public ArticleProducts {
        mentions = mentions == null ? null : List.copyOf(mentions);
        quotations = quotations == null ? null : List.copyOf(quotations);
    }
}
