package dev.gazette.validate.rules.names;

import java.util.List;

/**
 * The entity mentions of one article, in text order: what the name rules attach to an
 * article's result under {@link Names#MENTIONS}.
 *
 * @param mentions the mentions
 */
public record ArticleMentions(List<Mention> mentions) {

    public ArticleMentions {
        mentions = List.copyOf(mentions);
    }
}
