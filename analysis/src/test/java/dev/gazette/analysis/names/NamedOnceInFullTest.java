package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named once in full with no cue of her own, then by surname with a title or by given name alone, is that
 * person; two relatives of one surname named in full leave the surname alone to neither; a place's event is no
 * person. Invented names and sentences.
 */
class NamedOnceInFullTest extends ArticleNamesCase {

    @Test
    void aSurnameWithATitleMakesTheFullNameAPersons() throws Exception {
        // "Georgia" is a place and the full name has three words and no cue: the title on the surname alone says
        // that the words before it are given names
        List<Found> f = analyse("Border case\n\nProsecutors in the case against Georgia Poppy Quellmark filed new "
                + "papers on Monday. Ms. Quellmark is entitled to a hearing, her lawyer wrote.\n");
        assertThat(find(f, "Quellmark").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Quellmark").root()).isEqualTo("Georgia Poppy Quellmark");
    }

    @Test
    void anOccupationBeforeTheNameIsATitle() throws Exception {
        List<Found> f = analyse("Comedy night\n\nStand-up comedian Ravo Tindelmark will headline the show. "
                + "Two young performers will open for Tindelmark on Friday.\n");
        assertThat(find(f, "Ravo Tindelmark").candidate().role()).isEqualTo("comedian");
        assertThat(find(f, "Tindelmark").root()).isEqualTo("Ravo Tindelmark");
    }

    @Test
    void aGivenNameAloneNamesTheFullNameWithNoCue() throws Exception {
        List<Found> f = analyse("Talent show\n\nThe jury praised Nandiwe Okorafor after the final round. "
                + "Organisers said Nandiwe would perform again in June.\n");
        assertThat(find(f, "Nandiwe").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Nandiwe").root()).isEqualTo("Nandiwe Okorafor");
    }

    @Test
    void relativesNamedInFullWithoutACueLeaveTheSurnameToNeither() throws Exception {
        // the mother is named with a cue, the father and the daughter without one: "Mr Tellwick" is not the mother
        List<Found> f = analyse("Family grief\n\nVera Tellwick said the family was grateful. Her husband Jack "
                + "Tellwick and their daughter Ellen Tellwick were at the hearing. Neighbours sent flowers to Tellwick "
                + "on Sunday. Mr Tellwick thanked the police.\n");
        Found mister = NameAnalyserTest.find(f, "Tellwick", 1);
        assertThat(mister.candidate().role()).isEqualTo("Mr");
        assertThat(mister.relation()).isNotEqualTo(Relation.PARTIAL);
    }

    @Test
    void anEventNamedAfterAPlaceIsNoPerson() throws Exception {
        // the control: the first word is written alone, but the name ends with an event's noun
        List<Found> f = analyse("Pilgrims\n\nSecurity was tightened for the Quellnath Yatra this week. Pilgrims "
                + "walk for days to reach Quellnath in the hills.\n");
        assertThat(find(f, "Quellnath").root()).isNotEqualTo("Quellnath Yatra");
    }

    @Test
    void aCompanyNamedBeforeItsVentureIsNoGivenName() throws Exception {
        // the control: the first word is written alone before the longer name, as a company is
        List<Found> f = analyse("Oil deal\n\nAnalysts said Quellco would gain most from the deal. The Quellco "
                + "Tamarex venture was signed on Monday, and Quellco shares rose.\n");
        assertThat(f.stream().filter(x -> x.surface().equals("Quellco")).map(Found::root))
                .doesNotContain("Quellco Tamarex");
    }

    @Test
    void aSentenceOpeningWordIsNoGivenName() throws Exception {
        // the control: "Whatever" opens the sentence; the surname with a title does not make it a given name
        List<Found> f = analyse("Campaign\n\nWhatever Sarit Quellani decides, the party will follow. Ms Quellani "
                + "spoke in the capital on Monday.\n");
        assertThat(f.stream().filter(x -> x.surface().equals("Quellani")).map(Found::root))
                .doesNotContain("Whatever Sarit Quellani");
    }
}
