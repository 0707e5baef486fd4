package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.ClusterFixtures.entityOf;
import static dev.gazette.analysis.names.ClusterFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name written alone that several longer names of the corpus hold goes to the one the corpus
 * writes most, as entity linkers weigh a name's senses by their commonness, but only when that
 * longer name's own evidence reaches the link probability; bearers written about equally often
 * leave it alone.
 */
class SurnamePriorTest {

    private static NameIndex cluster(int first, int second) {
        List<NameClusterer.Form> forms = List.of(form("Tarek Haddadin", NameClusterer.FULL, first),
                form("Munir Haddadin", NameClusterer.FULL, second), form("Haddadin", NameClusterer.SINGLE, 60));
        // the surname is written in articles with each full name
        Map<String, Integer> together = Map.of(NameStatistic.pair("Haddadin", "Tarek Haddadin"), 3,
                NameStatistic.pair("Haddadin", "Munir Haddadin"), 3);
        return ClusterFixtures.cluster(Registry.standard(), forms, together);
    }

    @Test
    void aSurnameGoesToTheBearerTheCorpusWritesMost() {
        NameIndex index = cluster(40, 2);

        assertThat(entityOf(index, "Haddadin").forms()).contains("Tarek Haddadin").doesNotContain("Munir Haddadin");
    }

    @Test
    void aSurnameOfTwoBearersWrittenAlikeStaysAlone() {
        NameIndex index = cluster(20, 20);

        assertThat(entityOf(index, "Haddadin").forms()).containsExactly("Haddadin");
    }

    @Test
    void onlyOneWordStandingForALongerNameIsWeighedByCommonness() {
        NameClusterer clusterer = ClusterFixtures.clusterer(Registry.standard());
        int[] place = new int[4];
        place[EntityType.PLACE.ordinal()] = 5;

        assertThat(clusterer.commonnessPrior(clusterer.node(form("Haddadin", NameClusterer.SINGLE, 60)))).isTrue();
        // a name of its own, a legal form, an English word, a place
        assertThat(clusterer.commonnessPrior(clusterer.node(form("Vantor Motors", NameClusterer.FULL, 60)))).isFalse();
        assertThat(clusterer.commonnessPrior(clusterer.node(form("Co", NameClusterer.SINGLE, 60)))).isFalse();
        assertThat(clusterer.commonnessPrior(clusterer.node(form("Bank", NameClusterer.SINGLE, 60)))).isFalse();
        assertThat(clusterer.commonnessPrior(clusterer.node(
                new NameClusterer.Form("Ostrava", NameClusterer.SINGLE, 60, 60, place, null)))).isFalse();
    }
}
