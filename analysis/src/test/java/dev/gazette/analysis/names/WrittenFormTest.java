package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.MentionExtractor.Candidate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a name is written around it decides what the extractor takes: a lower-case class noun of
 * an institution after a name ("the Quellmark foundation"), a function word in capitals for
 * emphasis ("it IS"), and a place of the gazetteer written in capitals in a dateline.
 */
class WrittenFormTest {

    private final MentionExtractor extractor = new MentionExtractor(Lexicon.standard());

    private List<Candidate> extract(String text) {
        List<Candidate> out = new ArrayList<>();
        extractor.extract(0, MentionExtractorTest.unit(text), out);
        return out;
    }

    private List<String> surfaces(String text) {
        return extract(text).stream().map(Candidate::surface).toList();
    }

    @Test
    void aNameWithALowerCaseInstitutionNounNamesTheInstitution() {
        assertThat(surfaces("The Quellmark foundation paid for the mural, a spokesman said."))
                .containsExactly("Quellmark foundation");
        assertThat(surfaces("Donors gave to the Orvane Quellmark institute last year."))
                .contains("Orvane Quellmark institute").doesNotContain("Orvane Quellmark");
    }

    @Test
    void aPossessiveAPlaceOrAnotherNounKeepsThePersonAlone() {
        // his foundation, a foundation in a place, and the people around a person are not named after them
        assertThat(surfaces("Quellmark's foundation paid for the mural.")).containsExactly("Quellmark");
        assertThat(surfaces("A Texas foundation paid for the mural.")).containsExactly("Texas");
        assertThat(surfaces("The Quellmark campaign paid for the mural.")).containsExactly("Quellmark");
        // an organisation described as one is not another organisation named after it
        assertThat(surfaces("Fighters of the Jaysh al-Quell organization attacked the town."))
                .contains("Jaysh al-Quell").doesNotContain("Jaysh al-Quell organization");
    }

    @Test
    void aFunctionWordInCapitalsInAMixedCaseSentenceIsEmphasis() {
        assertThat(surfaces("Critics say Quellmark IS the problem, and he IS wrong about it."))
                .contains("Quellmark").doesNotContain("IS", "Quellmark IS");
        assertThat(surfaces("As the saying goes, the trouble IS in the small print.")).isEmpty();
        assertThat(surfaces("Voters WERE not told, Quellmark said.")).contains("Quellmark").doesNotContain("WERE", "Voters WERE");
    }

    @Test
    void anAcronymThatIsAlsoAFunctionWordIsStillAName() {
        // the control: the militant group's acronym after a preposition or a verb, before a noun
        assertThat(surfaces("Jets struck IS positions near Valmora.")).contains("IS");
        assertThat(surfaces("The coalition fighting IS in Valmora grew.")).contains("IS");
        assertThat(surfaces("Fighters loyal to IS took the town of Valmora on Monday.")).contains("IS");
        assertThat(surfaces("Forces encircling IS in the old town advanced.")).contains("IS");
        assertThat(surfaces("From here IS militants shelled the town of Valmora.")).contains("IS");
    }

    @Test
    void twoPlacesOfTheGazetteerJoinedByAnAmpersandAreTwoPlaces() {
        assertThat(surfaces("Rebels left the countryside of Hama & Homs on Monday."))
                .contains("Hama", "Homs").doesNotContain("Hama & Homs");
        // the control: two words that are no two places of the gazetteer stay one name
        assertThat(surfaces("Shares of Quell & Marrow rose on Monday."))
                .contains("Quell & Marrow").doesNotContain("Quell", "Marrow");
    }

    @Test
    void aPlaceOfTheGazetteerInCapitalsIsThePlaceNotAnAcronym() {
        Candidate dateline = extract("WASHINGTON (Wire) - The bill passed on Tuesday.").get(0);
        assertThat(dateline.surface()).isEqualTo("WASHINGTON");
        assertThat(dateline.acronym()).isFalse();
        assertThat(surfaces("NEW YORK - Shares rose on Tuesday.")).contains("NEW YORK");
        // the control: a word in capitals that is no place is still an acronym, and a long one is dropped
        assertThat(extract("QLM said shares rose.").get(0).acronym()).isTrue();
        assertThat(surfaces("QUELLMARKS said shares rose.")).isEmpty();
    }

    @Test
    void aPlaceInCapitalsHasThePlacesKey() {
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        assertThat(keys.key("TEHRAN", false)).isEqualTo(keys.key("Tehran", false));
        assertThat(keys.key("QLM", false).acronym()).isTrue();
    }
}
