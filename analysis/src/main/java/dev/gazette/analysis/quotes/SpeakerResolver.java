package dev.gazette.analysis.quotes;

import dev.gazette.analysis.names.Mention;
import java.util.List;
import java.util.Optional;

/**
 * Finds the entity a quotation's speaker is, so that the quotes table can be joined to the
 * entities table. The quote carries the speaker's raw offsets, so an implementation can look
 * for the entity mention at the same place among the article's mentions.
 */
@FunctionalInterface
public interface SpeakerResolver {

    /** Resolves nothing: every speaker stays without an entity id. */
    SpeakerResolver NONE = (mentions, quote) -> Optional.empty();

    /**
     * The entity id of {@code quote}'s speaker.
     *
     * @param mentions the entity mentions of the article the quotation is in
     * @param quote    an attributed quotation of that article
     * @return the id of an entity of the dataset, or empty when the speaker is none known
     */
    Optional<String> entityId(List<Mention> mentions, Quote quote);
}
