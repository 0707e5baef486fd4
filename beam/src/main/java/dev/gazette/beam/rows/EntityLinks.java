package dev.gazette.beam.rows;

import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import dev.gazette.analysis.roles.RoleTable;
import java.io.Serializable;
import java.util.List;

/**
 * An entity of the corpus with the joins that made it (the rows of the entity_links table) and
 * the posts the corpus gives it (the roles table), each in its table's order.
 *
 * @param entity the entity
 * @param links  its joins, sorted by form and linked form
 * @param roles  its posts, sorted by post and organisation
 */
public record EntityLinks(Entity entity, List<EntityLink> links, List<RoleTable.Role> roles) implements Serializable {
    public EntityLinks {
        links = List.copyOf(links);
        roles = List.copyOf(roles);
    }
}
