package dev.gazette.beam.rows;

import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import java.io.Serializable;
import java.util.List;

/**
 * An entity of the corpus with the joins that made it (the rows of the entity_links table), in
 * the table's order.
 *
 * @param entity the entity
 * @param links  its joins, sorted by form and linked form
 */
public record EntityLinks(Entity entity, List<EntityLink> links) implements Serializable {
    public EntityLinks {
        links = List.copyOf(links);
    }
}
