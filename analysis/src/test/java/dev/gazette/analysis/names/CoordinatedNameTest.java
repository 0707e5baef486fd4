package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.ClusterFixtures.entityOf;
import static dev.gazette.analysis.names.ClusterFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A coordinated name ("X & Y", "X and Y") is none of its conjuncts, and a place followed by
 * organisation words names an organisation, not the place.
 */
class CoordinatedNameTest {

    private static NameIndex cluster(String a, String b) {
        List<NameClusterer.Form> forms = List.of(form(a, a.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE, 20),
                form(b, b.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE, 20));
        return ClusterFixtures.cluster(Registry.empty(), forms, Map.of(NameStatistic.pair(a, b), 3));
    }

    @Test
    void aCoordinatedNameIsNotItsLastConjunct() {
        assertThat(entityOf(cluster("Valmora", "Ostrell & Valmora"), "Valmora").forms()).containsExactly("Valmora");
        assertThat(entityOf(cluster("Valmora", "Ostrell and Valmora"), "Valmora").forms()).containsExactly("Valmora");
    }

    @Test
    void theSameNameAfterAWordIsStillHeldInIt() {
        // the control: without the coordination the longer name holds the shorter
        assertThat(entityOf(cluster("Valmora", "Ostrell Valmora"), "Valmora").forms()).contains("Ostrell Valmora");
    }

    @Test
    void aPlaceWithAnOrganisationWordIsAnotherEntity() {
        // "Kenya" is a place of the gazetteer; "Airways" and "Air" are organisation words
        assertThat(entityOf(cluster("Kenya", "Kenya Airways"), "Kenya").forms()).containsExactly("Kenya");
        assertThat(entityOf(cluster("Kenya", "Kenya Air"), "Kenya").forms()).containsExactly("Kenya");
        assertThat(ClusterFixtures.clusterer(Registry.empty()).comparer()
                .nameLevel(node("Kenya"), node("Kenya Air"))).isEqualTo(-1);
    }

    private static FormNode node(String surface) {
        return ClusterFixtures.clusterer(Registry.empty())
                .node(form(surface, surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE, 20));
    }
}
