package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.ClusterFixtures.entityOf;
import static dev.gazette.analysis.names.ClusterFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A place of the gazetteer is not the company named after it ("New York" / "New York Inc"), while a
 * company's name without its legal form is the company ("Vantor" / "Vantor Inc"); a word that only
 * sounds like the organisation word ending a name is not held in it ("Krupp" / "Vantor Group").
 */
class PlaceCompanyTest {

    private static NameIndex cluster(String shortForm, String longForm) {
        List<NameClusterer.Form> forms = List.of(form(longForm, NameClusterer.FULL, 12),
                form(shortForm, shortForm.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE, 30));
        return ClusterFixtures.cluster(Registry.empty(), forms, Map.of(NameStatistic.pair(shortForm, longForm), 4));
    }

    @Test
    void aPlaceOfTheGazetteerStaysApartFromTheCompanyNamedAfterIt() {
        assertThat(entityOf(cluster("New York", "New York Inc"), "New York").forms()).containsExactly("New York");
        assertThat(entityOf(cluster("Singapore", "Singapore Ltd"), "Singapore").forms()).containsExactly("Singapore");
    }

    @Test
    void aCompanysNameWithoutItsLegalFormIsTheCompany() {
        assertThat(entityOf(cluster("Vantor", "Vantor Inc"), "Vantor").forms()).contains("Vantor Inc");
    }

    @Test
    void aWordThatOnlySoundsLikeTheOrganisationWordIsNotHeldInTheName() {
        // "Krupp" and "Group" have one key; "Krupp" is not the end of "Vantor Group"
        assertThat(entityOf(cluster("Krupp", "Vantor Group"), "Krupp").forms()).containsExactly("Krupp");
    }
}
