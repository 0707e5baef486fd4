package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.names.Entity;
import java.util.List;

/**
 * The data products of the corpus as a whole, made once the corpus statistics are gathered.
 *
 * @param entities the corpus's entities, sorted by id; empty when names were not analysed
 */
public record CorpusProducts(List<Entity> entities) {

    /** No products. */
    public static final CorpusProducts NONE = new CorpusProducts(List.of());

    public CorpusProducts {
        entities = List.copyOf(entities);
    }
}
