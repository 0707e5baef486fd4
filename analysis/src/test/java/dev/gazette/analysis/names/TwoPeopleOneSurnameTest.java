package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.ClusterFixtures.entityOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two full names of one surname with different given names are two people: whatever joins their
 * surnames (a spelling of the surname written alone, each held in one of them), the two full names
 * never end in one entity. The same full name spelled two ways still joins.
 */
class TwoPeopleOneSurnameTest {

    private static NameClusterer.Form person(String surface, int mentions) {
        int[] votes = new int[4];
        votes[EntityType.PERSON.ordinal()] = mentions;
        return new NameClusterer.Form(surface, surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE,
                mentions, mentions, votes, null);
    }

    /** Two people, and the surname written alone in two spellings, each beside one of them. */
    private static NameIndex cluster(String first, String second) {
        List<NameClusterer.Form> forms = List.of(person(first, 30), person(second, 30), person("Venkari", 40),
                person("Venkaari", 40));
        Map<String, Integer> together = Map.of(NameStatistic.pair("Venkari", "Venkaari"), 6,
                NameStatistic.pair("Venkari", first), 6, NameStatistic.pair("Venkaari", second), 6);
        return ClusterFixtures.cluster(Registry.empty(), forms, together);
    }

    @Test
    void fullNamesWithDifferentGivenNamesStayTwoPeople() {
        NameIndex index = cluster("Dariush Venkari", "Torvald Venkaari");

        assertThat(entityOf(index, "Dariush Venkari").forms()).doesNotContain("Torvald Venkaari");
    }

    @Test
    void givenNamesThatDifferInTheirFirstLetterAreTwoNames() {
        NameIndex index = cluster("Ronwald Venkari", "Donwald Venkaari");

        assertThat(entityOf(index, "Ronwald Venkari").forms()).doesNotContain("Donwald Venkaari");
    }

    @Test
    void oneGivenNameSpelledTwoWaysIsOnePerson() {
        // the control: the same surname bridge, the given names spellings of one name
        NameIndex index = cluster("Dariush Venkari", "Daryoush Venkaari");

        assertThat(entityOf(index, "Dariush Venkari").forms()).contains("Daryoush Venkaari");
    }

    @Test
    void tellsGivenNamesApartByKeyInitialAndFirstLetter() {
        NameClusterer clusterer = ClusterFixtures.clusterer(Registry.empty());
        PairComparer c = clusterer.comparer();
        FormNode a = clusterer.node(person("Dariush Venkari", 5));

        assertThat(c.personSurname(a)).isEqualTo("vnkr");
        assertThat(PairComparer.differentGivenNames(a, clusterer.node(person("Torvald Venkari", 5)))).isTrue();
        assertThat(PairComparer.differentGivenNames(a, clusterer.node(person("D. Venkari", 5)))).isFalse();
        assertThat(PairComparer.differentGivenNames(a, clusterer.node(person("Kamran Dariush Venkari", 5)))).isFalse();
        // a title before the surname is no given name: the form is not weighed as a full name
        assertThat(c.personSurname(clusterer.node(person("Hojatoleslam Venkari", 5)))).isNull();
    }
}
