package dev.gazette.analysis.names;

import java.util.List;

/**
 * One entity of the corpus: a family of names that spell or alias the same person,
 * organisation, place or thing.
 *
 * @param id        stable id: the registry id of a known entity, else a slug of the canonical name
 * @param name      the canonical name
 * @param type      person, organisation, place or other
 * @param source    {@code registry} when the entity is in an entity registry, else {@code corpus}
 * @param reason    why {@code name} is the canonical form, in words
 * @param forms     the corpus forms that make up the entity (full names, one-word names and
 *                  acronyms as written), sorted
 */
public record Entity(String id, String name, EntityType type, String source, String reason, List<String> forms)
        implements java.io.Serializable {

    public Entity {
        forms = List.copyOf(forms);
    }

    /** True when the entity comes from a registry. */
    public boolean known() {
        return "registry".equals(source);
    }
}
