package dev.gazette.validate.quotes;

import dev.gazette.validate.ArticleResult;
import java.util.Optional;

/**
 * Finds the entity a quotation's speaker is, so that the quotes table can be joined to the
 * entities table. The quote carries the speaker's raw offsets, so an implementation can look
 * for the entity mention at the same place among the data rules attached to the result.
 */
@FunctionalInterface
public interface SpeakerResolver {

    /** Resolves nothing: every speaker stays without an entity id. */
    SpeakerResolver NONE = (result, quote) -> Optional.empty();

    /**
     * The entity id of {@code quote}'s speaker.
     *
     * @param result the article the quotation is in, with the data rules attached to it
     * @param quote  an attributed quotation of that article
     * @return the id of an entity of the dataset, or empty when the speaker is none known
     */
    Optional<String> entityId(ArticleResult result, Quote quote);
}
