package dev.gazette.analysis.names;

/**
 * One mention of an entity in an article, as the mentions table lists it.
 *
 * @param articleId the article
 * @param entityId  the entity it refers to (see {@link Entity#id()})
 * @param surface   the name as written (a possessive "'s" left out)
 * @param canonical the entity's canonical name
 * @param type      the entity's type
 * @param relation  how the surface names the entity: {@code name} (a spelling of its name),
 *                  {@code partial} (part of a full name the article uses, e.g. a surname),
 *                  {@code acronym}, or {@code alias} (another name listed in a registry)
 * @param role      the title or role written before the name, or {@code null}
 * @param paragraph the 0-based paragraph index
 * @param line      1-based line of the first character in the raw text
 * @param column    1-based column (UTF-16 code units)
 * @param start     offset of the first character in the raw text
 * @param end       offset just past the last character in the raw text
 */
public record Mention(String articleId, String entityId, String surface, String canonical, EntityType type,
                     String relation, String role, int paragraph, int line, int column, int start, int end) {
}
