package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A given name written alone names the one person of the article named in full with it ("Sudarshan Velkari ...
 * Sudarshan"), and nobody when two people of the article bear it, when it is also someone's surname, or when it
 * opens a name that is no person's. Invented names and sentences.
 */
class GivenNameAloneTest extends ArticleNamesCase {

    @Test
    void aGivenNameAloneResolvesToTheOnePersonWhoBearsIt() throws Exception {
        List<Found> f = analyse("Officer held\n\nPolice officer Sudarshan Velkari was arrested on Tuesday in the "
                + "town. Officials said Sudarshan had been suspended last year.\n");
        assertThat(find(f, "Sudarshan").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Sudarshan").root()).isEqualTo("Sudarshan Velkari");
    }

    @Test
    void aBrotherIsNamedByHisOwnGivenName() throws Exception {
        // relatives of one surname: the given name tells them apart, the surname alone does not
        List<Found> f = analyse("Family feud\n\nDr Ranvir Tamsin and his brother, Dr Keval Tamsin, met in court "
                + "on Monday. Officials said Keval had asked for the hearing, and Ranvir declined to comment.\n");
        assertThat(find(f, "Keval").root()).isEqualTo("Keval Tamsin");
        assertThat(find(f, "Ranvir").root()).isEqualTo("Ranvir Tamsin");
    }

    @Test
    void aGivenNameOfTwoPeopleStaysUnresolved() throws Exception {
        List<Found> f = analyse("Council vote\n\nCouncillors Sudarshan Velkari and Sudarshan Omrani voted "
                + "against the plan on Monday. Officials said Sudarshan would appeal.\n");
        assertThat(find(f, "Sudarshan").relation()).isNotEqualTo(Relation.PARTIAL);
    }

    @Test
    void aGivenNameThatIsAlsoASurnameOfTheArticleStaysUnresolved() throws Exception {
        List<Found> f = analyse("Council vote\n\nCouncillors Tavish Velkari and Orlan Tavish voted against "
                + "the plan on Monday. Officials said Tavish would appeal.\n");
        assertThat(find(f, "Tavish").root()).isNotEqualTo("Tavish Velkari");
    }

    @Test
    void aGivenNameThatOpensACompanysNameStaysUnresolved() throws Exception {
        List<Found> f = analyse("Plant sold\n\nThe owner of Orvane Aluminium Industries, Orvane Quellmark, sold "
                + "the plant on Monday. Workers said Orvane had paid them well.\n");
        assertThat(find(f, "Orvane").relation()).isNotEqualTo(Relation.PARTIAL);
    }
}
