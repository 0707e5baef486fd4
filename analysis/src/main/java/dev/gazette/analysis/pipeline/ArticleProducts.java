package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.events.Event;
import dev.gazette.analysis.names.Mention;
import java.util.List;

/**
 * The data products of one article's analysis that travel with its result to the exporters,
 * immutable. A product that was not asked for is {@code null}, not empty, so that an exporter
 * can tell "none found" from "not analysed".
 *
 * @param mentions     the entity mentions, in text order, or {@code null}
 * @param quotations   the direct quotations, in text order, or {@code null}
 * @param events       the meetings, talks, visits, phone calls and signings, in text order, or {@code null}
 * @param dateEstimate when the text says the article was written ({@link DateEstimator.Estimate#NONE} when it
 *                     says nothing, or the article is dated), or {@code null}
 */
public record ArticleProducts(List<Mention> mentions, List<Quotation> quotations, List<Event> events,
                              DateEstimator.Estimate dateEstimate) {

    /** No products. */
    public static final ArticleProducts NONE = new ArticleProducts(null, null, null, null);

    public ArticleProducts {
        mentions = mentions == null ? null : List.copyOf(mentions);
        quotations = quotations == null ? null : List.copyOf(quotations);
        events = events == null ? null : List.copyOf(events);
    }
}
