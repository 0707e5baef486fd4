package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place of the gazetteer named by two coordinated names ("Trinidad and Tobago") is one name, none of its
 * conjuncts; capitals joined by a tight "&" are one acronym; a place or an acronym run over an office and the
 * office-holder's name ("... QG Sarit Tamarov") is split from the name. Invented sentences and names (the places
 * are the gazetteer's).
 */
class CoordinatedPlaceTest {

    private static List<String> surfaces(String text) {
        return MentionExtractorTest.candidateSurfaces(text);
    }

    @Test
    void aCoordinatedPlaceOfTheGazetteerIsOneName() {
        assertThat(surfaces("Officials of Trinidad and Tobago met the delegation from Quellmark on Monday."))
                .contains("Trinidad and Tobago").doesNotContain("Tobago", "Trinidad");
        assertThat(surfaces("The report said Bosnia and Herzegovina's budget would grow next year."))
                .contains("Bosnia and Herzegovina").doesNotContain("Herzegovina");
    }

    @Test
    void twoNamesJoinedByAndThatTheGazetteerDoesNotListStayTwo() {
        // the control: "Valmora and Quell" is no place of the gazetteer; two names as before
        assertThat(surfaces("Officials of Valmora and Quell met on Monday.")).contains("Valmora", "Quell")
                .doesNotContain("Valmora and Quell");
    }

    @Test
    void capitalsJoinedByATightAmpersandAreOneAcronym() {
        assertThat(surfaces("The police of the Q&T region said on Monday that the road was closed."))
                .contains("Q&T").doesNotContain("Q", "T");
    }

    @Test
    void aPlaceAndAnOfficeAcronymBeforeAFullNameAreSplitFromIt() {
        assertThat(surfaces("He thanked the Trinidad and Tobago QG Sarit Tamarov for the visit."))
                .contains("Trinidad and Tobago", "QG", "Sarit Tamarov")
                .doesNotContain("Trinidad and Tobago QG Sarit Tamarov");
        assertThat(surfaces("He thanked QG Q&T Sarit Tamarov for the visit."))
                .contains("Q&T", "Sarit Tamarov").doesNotContain("QG Q&T Sarit Tamarov");
        assertThat(surfaces("The case was opened, said Quellapur QP R Tamsin Varadan on Monday."))
                .contains("Quellapur", "QP", "R Tamsin Varadan").doesNotContain("Quellapur QP R Tamsin Varadan");
    }

    @Test
    void anOfficeTitleAfterACoordinatedPlaceIsNoPartOfItsName() {
        assertThat(surfaces("On Monday the Trinidad and Tobago Lieutenant Governor, Sarit Tamarov, visited the port."))
                .contains("Trinidad and Tobago", "Sarit Tamarov")
                .doesNotContain("Trinidad and Tobago Lieutenant Governor");
        assertThat(surfaces("He met Valmora Chief Minister Sarit Tamarov and DGP Q&T Harvel Sindra on Monday."))
                .contains("Valmora", "Sarit Tamarov", "Q&T", "Harvel Sindra")
                .doesNotContain("Q&T Harvel Sindra", "Valmora Chief Minister Sarit Tamarov");
    }

    @Test
    void aPlaceThenNamesWithNoAcronymStayOneName() {
        // the control: a party named after its country ("Bolivia Quenara Tamsuni") has no office acronym in it
        assertThat(surfaces("Voters chose the Bolivia Quenara Tamsuni again.")).contains("Bolivia Quenara Tamsuni");
        // an acronym before the name of an event, not of a person
        assertThat(surfaces("Tickets for the QBL All-Star Game sold out.")).contains("QBL All-Star Game");
        // a title with a possessive is still the title of a body, not a name
        assertThat(surfaces("According to the Inspector General's report, the funds were lost."))
                .doesNotContain("General");
    }
}
