package dev.gazette.beam.names;

import dev.gazette.analysis.names.NameClustering;
import java.io.Serializable;

/**
 * One thing a connected group of names needs for its resolution: exactly one of a corpus form's
 * counts, a registry name, a link, an acronym definition, or a pair of forms used together.
 *
 * @param form       a corpus form
 * @param registry   a registry name's index
 * @param link       a link
 * @param definition an acronym definition
 * @param together   a pair of forms used together
 */
record GroupItem(NameClustering.FormCounts form, Integer registry, NameClustering.Link link,
                 NameClustering.Definition definition, NameClustering.Together together) implements Serializable {

    static GroupItem of(NameClustering.FormCounts f) {
        return new GroupItem(f, null, null, null, null);
    }

    static GroupItem of(int registryIndex) {
        return new GroupItem(null, registryIndex, null, null, null);
    }

    static GroupItem of(NameClustering.Link l) {
        return new GroupItem(null, null, l, null, null);
    }

    static GroupItem of(NameClustering.Definition d) {
        return new GroupItem(null, null, null, d, null);
    }

    static GroupItem of(NameClustering.Together t) {
        return new GroupItem(null, null, null, null, t);
    }
}
