package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short form of a body the article names once in full is that body: its opening words before a word that says
 * what it is ("Quellstone Iron Mines ... Quellstone"), its acronym before a company's word ("QML Holdings ... QML"),
 * the body before "of" and a country ("the Electoral Commission of Kenya ... the Electoral Commission"); not the
 * place an organisation is named after, nor a people after a demonym, nor a short form that opens two long names.
 * Invented names; the places and demonyms are the lexicon's.
 */
class ShortFormOfBodyTest extends ArticleNamesCase {

    @Test
    void aCompanyIsNamedByItsOpeningWords() throws Exception {
        List<Found> f = analyse("Mine expansion\n\nQuellstone Iron Mines wants to double its output. Critics say "
                + "Quellstone has not consulted the hunters.\n");
        assertThat(find(f, "Quellstone").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Quellstone").root()).isEqualTo("Quellstone Iron Mines");
    }

    @Test
    void aCompanyIsNamedByItsAcronym() throws Exception {
        List<Found> f = analyse("Mine sold\n\nThe receivers of QML Holdings have found a buyer. The mine that QML "
                + "ran closed last year.\n");
        assertThat(find(f, "QML").root()).isEqualTo("QML Holdings");
    }

    @Test
    void aBodyOfACountryIsNamedWithoutTheCountry() throws Exception {
        List<Found> f = analyse("Poll date\n\nThe Electoral Commission of Kenya set the date on Monday. The "
                + "Electoral Commission said voting would last one day.\n");
        assertThat(find(f, "Electoral Commission").root()).isEqualTo("Electoral Commission of Kenya");
    }

    @Test
    void aPeopleAfterADemonymIsNoShortForm() throws Exception {
        // the control: the last word of a longer name after a demonym is another name
        List<Found> f = analyse("Survey\n\nKenyan Quellites were asked about prices, and the survey also asked "
                + "Quellites abroad.\n");
        assertThat(find(f, "Quellites").root()).isEqualTo("Quellites");
    }

    @Test
    void aCouncilNamedAfterItsTownIsNotTheTown() throws Exception {
        // the control: an organisation's word after the town's name; the town alone stays the town
        List<Found> f = analyse("Rates rise\n\nQuellby Council voted to raise rates. Residents of Quellby "
                + "protested outside.\n");
        assertThat(find(f, "Quellby").root()).isEqualTo("Quellby");
    }

    @Test
    void aDivisionIsNotTheCompany() throws Exception {
        // the control: "Group" after a company's name makes a division of it
        List<Found> f = analyse("Retail results\n\nQuellmart Merchandise Group lost money in the quarter. Analysts "
                + "said Quellmart as a whole did better.\n");
        assertThat(find(f, "Quellmart").root()).isEqualTo("Quellmart");
    }

    @Test
    void aShortFormOfTwoBodiesStaysItself() throws Exception {
        // the control: two long names open with the short form
        List<Found> f = analyse("Town life\n\nQuellstone Minerals sponsors the Quellstone Festival every year. "
                + "Residents say Quellstone is proud of both.\n");
        assertThat(find(f, "Quellstone").relation()).isNotEqualTo(Relation.PARTIAL);
    }
}
