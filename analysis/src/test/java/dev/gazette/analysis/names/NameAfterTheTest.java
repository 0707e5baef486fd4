package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People take no article: a name of two words that the article writes only right after "the" ("the Granite House
 * said", "according to the Tamar Ledger") is a body's, a building's or a paper's name, never a person's full name,
 * so the last word written alone ("members of the House") is not resolved to it as a surname. A person named in
 * full without the article keeps the surname, and so does one whose name follows "of the", the complement of an office
 * glued to it ("Chancellor of the Exchequer Orvane Quellmark"). Invented names and sentences.
 */
class NameAfterTheTest extends ArticleNamesCase {

    @Test
    void aWordWrittenAloneIsNoSurnameOfANameWrittenAfterThe() throws Exception {
        List<Found> f = analyse("Budget vote\n\nThe talks at the Granite House ended late, and the Granite House said "
                + "on Monday that a deal was near. Members of the House voted on Tuesday.\n");
        assertThat(find(f, "House").relation()).isNotEqualTo(Relation.PARTIAL);
    }

    @Test
    void aPersonNamedInFullWithoutTheArticleKeepsTheSurname() throws Exception {
        // the control: the same sentences with a person's name
        List<Found> f = analyse("Budget vote\n\nThe talks with Orvane Quellmark ended late, and Quellmark said "
                + "on Monday that a deal was near. Members of the House voted on Tuesday.\n");
        assertThat(find(f, "Quellmark").relation()).isEqualTo(Relation.PARTIAL);
    }

    @Test
    void anOfficesComplementAfterOfTheKeepsTheHoldersSurname() throws Exception {
        // the control: "of the" opens the complement of an office, glued to the holder's name
        List<Found> f = analyse("Budget vote\n\nThe Chancellor of the Exchequer Orvane Quellmark said on Monday that "
                + "talks would go on.\n\nQuellmark said that a deal was near.\n");
        assertThat(find(f, "Quellmark").relation()).isEqualTo(Relation.PARTIAL);
    }
}
