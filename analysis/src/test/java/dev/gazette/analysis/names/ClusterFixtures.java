package dev.gazette.analysis.names;

import java.util.List;
import java.util.Map;

/** What the clustering tests build their small corpora from: the standard keys, forms, and the entity of a form. */
final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** A clusterer with the bundled lexicon and transliteration rules and {@code registry}. */
    static NameClusterer clusterer(Registry registry) {
        return new NameClusterer(new NameKeys(Lexicon.standard(), Transliteration.standard()), registry);
    }

    /** Clusters {@code forms} with no context and the given counts of articles writing two forms together. */
    static NameIndex cluster(Registry registry, List<NameClusterer.Form> forms, Map<String, Integer> together) {
        return clusterer(registry).cluster(forms, Map.of(), together);
    }

    /** A corpus form of {@code kinds}, written {@code mentions} times in as many articles. */
    static NameClusterer.Form form(String surface, int kinds, int mentions) {
        return form(surface, kinds, mentions, mentions);
    }

    /** A corpus form of {@code kinds}, written {@code mentions} times in {@code articles} articles. */
    static NameClusterer.Form form(String surface, int kinds, int mentions, int articles) {
        return new NameClusterer.Form(surface, kinds, mentions, articles, new int[4], null);
    }

    /** The entity that holds {@code surface}. */
    static Entity entityOf(NameIndex index, String surface) {
        return index.entities().stream().filter(e -> e.forms().contains(surface)).findFirst().orElseThrow();
    }
}
