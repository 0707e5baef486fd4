package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import java.util.List;

/**
 * The data products of the corpus as a whole, made once the corpus statistics are gathered.
 *
 * @param entities    the corpus's entities, sorted by id; empty when names were not analysed
 * @param entityLinks every join of two forms into one entity, with its evidence, sorted by
 *                    entity and forms; empty when names were not analysed
 */
public record CorpusProducts(List<Entity> entities, List<EntityLink> entityLinks) {

    /** No products. */
    public static final CorpusProducts NONE = new CorpusProducts(List.of(), List.of());

    public CorpusProducts {
        entities = List.copyOf(entities);
        entityLinks = List.copyOf(entityLinks);
    }
}
