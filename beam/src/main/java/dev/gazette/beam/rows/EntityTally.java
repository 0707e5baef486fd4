package dev.gazette.beam.rows;

import java.io.Serializable;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What written mentions say about entities, as the local exporter counts them for the entities
 * table: per entity id, the mentions, the articles mentioning it and the forms written. Made per
 * article and summed over the corpus (the articles of one tally are distinct, so they add up).
 */
public final class EntityTally implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The counts of one entity. */
    static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        int mentions;
        int articles;
        final TreeSet<String> surfaces = new TreeSet<>();
    }

    final TreeMap<String, Counts> entities = new TreeMap<>();

    /** Adds one mention of {@code entityId} written {@code surface}, in the article this tally is about. */
    void mention(String entityId, String surface) {
        Counts c = entities.computeIfAbsent(entityId, k -> {
            Counts n = new Counts();
            n.articles = 1;
            return n;
        });
        c.mentions++;
        c.surfaces.add(surface);
    }

    /** Adds {@code other}'s counts (of other articles). */
    EntityTally add(EntityTally other) {
        other.entities.forEach((id, o) -> {
            Counts c = entities.computeIfAbsent(id, k -> new Counts());
            c.mentions += o.mentions;
            c.articles += o.articles;
            c.surfaces.addAll(o.surfaces);
        });
        return this;
    }

    /** The entities counted, each with its counts. */
    TreeMap<String, Counts> entities() {
        return entities;
    }
}
