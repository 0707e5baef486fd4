package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.quotes.Quote;

/**
 * A quotation of an article with its speaker resolved to an entity of the corpus.
 *
 * @param quote           the quotation as the text gives it
 * @param speakerEntityId the entity its speaker is, or {@code null} when unattributed or unknown
 */
public record Quotation(Quote quote, String speakerEntityId) {
}
