package dev.gazette.analysis.quotes;

import dev.gazette.analysis.names.Mention;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a quotation's speaker to the entity of the name mention written at the speaker's
 * place in the text: the mention overlapping the speaker's span the most. Speakers given
 * only by a pronoun, or by a name the names analysis did not take for an entity, stay unresolved.
 */
public final class MentionSpeakers implements SpeakerResolver {

    /** The one instance; it holds no state. */
    public static final MentionSpeakers INSTANCE = new MentionSpeakers();

    private MentionSpeakers() {
    }

    @Override
    public Optional<String> entityId(List<Mention> mentions, Quote quote) {
        if (quote.speakerEnd() <= quote.speakerStart()) {
            return Optional.empty();
        }
        Mention best = null;
        int bestOverlap = 0;
        for (Mention m : mentions) {
            int overlap = Math.min(m.end(), quote.speakerEnd()) - Math.max(m.start(), quote.speakerStart());
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.entityId());
    }
}
