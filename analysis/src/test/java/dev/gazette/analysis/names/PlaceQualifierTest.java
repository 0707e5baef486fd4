package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A direction in front of a name makes another place of it ("Eastern Mediterranean" is not the
 * Mediterranean); a building named without its class noun ("al-Shifa" for "al-Shifa Hospital") is
 * weighed as a short reference; an acronym joins its own name with a legal form ("CBS Inc") and, when
 * the corpus writes it so, an article's spelling-out of it for something else does not take it.
 */
class PlaceQualifierTest {

    private static NameIndex cluster(String a, String b, int together) {
        List<NameClusterer.Form> forms = List.of(form(a), form(b));
        return ClusterFixtures.cluster(Registry.empty(), forms, Map.of(NameStatistic.pair(a, b), together));
    }

    private static NameClusterer.Form form(String surface) {
        int kind = NameKeys.isAcronym(surface) ? NameClusterer.ACRONYM
                : surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE;
        return ClusterFixtures.form(surface, kind, 20);
    }

    private static List<String> formsWith(NameIndex index, String surface) {
        return ClusterFixtures.entityOf(index, surface).forms();
    }

    @Test
    void aNameAfterADirectionIsAnotherPlace() {
        assertThat(formsWith(cluster("Mediterranean", "Eastern Mediterranean", 3), "Mediterranean"))
                .containsExactly("Mediterranean");
        assertThat(formsWith(cluster("Virginia", "West Virginia", 3), "Virginia")).containsExactly("Virginia");
    }

    @Test
    void theSameNameAfterAnotherWordIsStillHeldInIt() {
        // the control: the same pair with a word that is not a direction in front
        assertThat(formsWith(cluster("Mediterranean", "Greater Mediterranean", 3), "Mediterranean"))
                .contains("Greater Mediterranean");
    }

    @Test
    void aBuildingNamedWithoutItsClassNounJoinsIt() {
        assertThat(formsWith(cluster("al-Shifa", "al-Shifa Hospital", 3), "al-Shifa")).contains("al-Shifa Hospital");
        // the control: another word after the name is a name of its own ("words left out" weighs less)
        assertThat(formsWith(cluster("al-Shifa", "al-Shifa Brigade", 3), "al-Shifa")).containsExactly("al-Shifa");
    }

    @Test
    void anAcronymJoinsItsNameWithALegalForm() {
        assertThat(formsWith(cluster("CBS", "CBS Inc", 3), "CBS")).contains("CBS Inc");
        assertThat(formsWith(cluster("CBS", "CBS Records", 3), "CBS")).containsExactly("CBS");
    }

    @Test
    void anAcronymTheCorpusWritesAsACompanyIsNotTakenByOneArticlesDefinition() {
        List<NameClusterer.Form> forms = List.of(form("NWA"), form("NWA Inc"), form("Northwest Airlines"));
        NameIndex index = ClusterFixtures.clusterer(Registry.empty())
                .cluster(forms, Map.of("NWA", Map.of("Northwest Airlines", 1)), Map.of());
        assertThat(formsWith(index, "NWA")).contains("NWA Inc").doesNotContain("Northwest Airlines");
        // the control: without the company's own name, the definition joins the acronym to its long form
        NameIndex defined = ClusterFixtures.clusterer(Registry.empty())
                .cluster(List.of(form("NWA"), form("Northwest Airlines")), Map.of("NWA", Map.of("Northwest Airlines", 1)),
                        Map.of());
        assertThat(formsWith(defined, "NWA")).contains("Northwest Airlines");
    }
}
