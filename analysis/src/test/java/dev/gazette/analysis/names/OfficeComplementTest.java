package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * House styles that write an office, its place or organisation and the office-holder's full name with no
 * comma between them ("Ambassador in Cairo Sarit Al Quellani"): the complement and the person are two names.
 * Invented names and sentences.
 */
class OfficeComplementTest {

    private static List<String> surfaces(String text) {
        return MentionExtractorTest.candidateSurfaces(text);
    }

    @Test
    void aPlaceAfterAnOfficeAndItsPrepositionIsSplitFromTheName() {
        assertThat(surfaces("The talks were attended by the Valmoran Ambassador in Cairo Sarit Al Quellani on Monday."))
                .contains("Cairo", "Sarit Al Quellani").doesNotContain("Cairo Sarit Al Quellani");
        assertThat(surfaces("He also met the Deputy Prime Minister for Defence Affairs of Oman Fahd bin Tarun Al Sayegh."))
                .contains("Fahd bin Tarun Al Sayegh").doesNotContain("Oman Fahd bin Tarun Al Sayegh");
        assertThat(surfaces("The envoy to the Republic of Tanzania Idris bin Omar Al-Quellan attended."))
                .contains("Idris bin Omar Al-Quellan");
    }

    @Test
    void anAcronymOrARegionAfterAnOfficeIsSplitFromTheName() {
        assertThat(surfaces("Chairman of the QCI Idris Tamarov said exports rose."))
                .contains("QCI", "Idris Tamarov").doesNotContain("QCI Idris Tamarov");
        assertThat(surfaces("The envoy had met Ruler of Darfen Region Minna Arko Tamarov on Sunday."))
                .contains("Darfen Region", "Minna Arko Tamarov");
    }

    @Test
    void aPlaceFollowedByEnglishWordsOrOneWordStaysOneName() {
        // the controls: what follows the place is the rest of a name of a thing, not a person's full name
        assertThat(surfaces("The gala moved to Cairo Opera House last year.")).contains("Cairo Opera House");
        assertThat(surfaces("Crowds came to Bahrain Grand Prix events.")).contains("Bahrain Grand Prix");
        assertThat(surfaces("She flew with Qatar Airways to Doha.")).contains("Qatar Airways");
        // after a preposition, a place and one name word with its article: a name of its own (a brigade, a village)
        assertThat(surfaces("Fighters of Cairo Al Quell let the trucks pass.")).contains("Cairo Al Quell");
        // no preposition before it: a name of three words is left whole
        assertThat(surfaces("Jordan Atallah Quellani spoke first.")).contains("Jordan Atallah Quellani");
    }
}
