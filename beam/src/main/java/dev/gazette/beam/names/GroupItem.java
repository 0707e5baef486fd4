package dev.gazette.beam.names;

import dev.gazette.analysis.names.NameClustering;
import java.io.Serializable;

/**
 * One thing a connected group of names needs for its resolution: exactly one of a corpus form's
 * counts, a registry name, a candidate pair that can join groups, an acronym definition, or a
 * pair of forms used together.
 *
 * @param form       a corpus form
 * @param registry   a registry name's index
 * @param candidate  a candidate pair with its levels
 * @param definition an acronym definition
 * @param together   a pair of forms used together
 */
record GroupItem(NameClustering.FormCounts form, Integer registry, NameClustering.Candidate candidate,
                 NameClustering.Definition definition, NameClustering.Together together) implements Serializable {

    static GroupItem of(NameClustering.FormCounts f) {
        return new GroupItem(f, null, null, null, null);
    }

    static GroupItem of(int registryIndex) {
        return new GroupItem(null, registryIndex, null, null, null);
    }

    static GroupItem of(NameClustering.Candidate c) {
        return new GroupItem(null, null, c, null, null);
    }

    static GroupItem of(NameClustering.Definition d) {
        return new GroupItem(null, null, null, d, null);
    }

    static GroupItem of(NameClustering.Together t) {
        return new GroupItem(null, null, null, null, t);
    }
}
