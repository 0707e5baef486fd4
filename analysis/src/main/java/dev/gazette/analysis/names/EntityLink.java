package dev.gazette.analysis.names;

/**
 * Why two forms are one entity: one join the names analysis made, with its evidence. The
 * {@code entity_links} table lists these, one row per pair of forms joined.
 *
 * @param entityId    the entity the two forms belong to
 * @param form        one form
 * @param linkedForm  the form it was joined to (a corpus form, or a registry name or alias)
 * @param probability the match probability of the pair (1 for a registry entry's own names and
 *                    for an acronym the corpus defines)
 * @param weight      the total match weight of the pair in bits; null when the join is not a
 *                    weighed decision (registry names, acronym definitions)
 * @param evidence    the comparison levels that fired, as {@code comparison:level=+w.w} items
 *                    joined by {@code "; "} (or the registry or acronym that joined them)
 * @param explanation the join in words
 */
public record EntityLink(String entityId, String form, String linkedForm, double probability, Double weight,
                         String evidence, String explanation) implements java.io.Serializable {
}
