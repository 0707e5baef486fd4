package dev.gazette.analysis.events;

/**
 * A name in the text as the event extractor reads it: a mention with its entity.
 *
 * @param start       offset of the first character in the raw text
 * @param end         offset just past the last character in the raw text
 * @param entityId    the entity it refers to
 * @param name        the entity's canonical name
 * @param kind        {@code person}, {@code organisation}, {@code place} or {@code other}
 * @param role        the title the article gives the entity here (or elsewhere), or {@code null}
 * @param inTitle     true when the name is part of a person's title ("Iran's" and "Supreme National
 *                    Security Council" in "Secretary of Iran's Supreme National Security Council X"):
 *                    it is the person's organisation, neither a participant nor a place
 */
public record Named(int start, int end, String entityId, String name, String kind, String role, boolean inTitle) {
}
