package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two spellings of a given name written alone are not evidence of one person ("Mohammed" /
 * "Mohammad"), a people is not a place of the gazetteer ("Indians" / "Indonesia"), and a place
 * at the end of "University of the ..." is not held in it; a one-word name that is neither
 * still joins its spelling variant.
 */
class GivenNameDemonymTest {

    private static NameIndex cluster(String a, String b, int together) {
        List<NameClusterer.Form> forms = List.of(form(a), form(b));
        return ClusterFixtures.cluster(Registry.empty(), forms, Map.of(NameStatistic.pair(a, b), together));
    }

    private static NameClusterer.Form form(String surface) {
        return ClusterFixtures.form(surface, surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE, 20);
    }

    private static List<String> formsWith(NameIndex index, String surface) {
        return ClusterFixtures.entityOf(index, surface).forms();
    }

    @Test
    void aPlaceNameSpelledTwoWaysJoins() {
        // the control: the same kind of pair, one word with a vowel written or not, not a given name
        assertThat(formsWith(cluster("Jarablus", "Jarabulus", 3), "Jarablus")).contains("Jarabulus");
    }

    @Test
    void twoSpellingsOfAGivenNameAloneStayApart() {
        assertThat(formsWith(cluster("Mohammed", "Mohammad", 3), "Mohammed")).containsExactly("Mohammed");
        assertThat(formsWith(cluster("Ahmed", "Ahmad", 3), "Ahmed")).containsExactly("Ahmed");
    }

    @Test
    void aPeopleIsNotAPlaceOfTheGazetteer() {
        assertThat(formsWith(cluster("Indians", "Indonesia", 3), "Indians")).containsExactly("Indians");
    }

    @Test
    void aPlaceIsNotHeldInTheUniversityOfThePlace() {
        assertThat(formsWith(cluster("Philippines", "University of the Philippines", 3), "Philippines"))
                .containsExactly("Philippines");
    }

    @Test
    void aNameInAHashtagOrAnAccountNameIsNotRespelled() {
        String text = "Watch #AlMayadeen and @Palestine_UN, then Al Mayadeen and UN.";
        int tag = text.indexOf("AlMayadeen");
        int handle = text.indexOf("UN,");
        int plain = text.indexOf("Al Mayadeen");
        int un = text.lastIndexOf("UN");
        assertThat(ArticleNames.inHandle(text, tag, tag + "AlMayadeen".length())).isTrue();
        assertThat(ArticleNames.inHandle(text, handle, handle + 2)).isTrue();
        assertThat(ArticleNames.inHandle(text, plain, plain + "Al Mayadeen".length())).isFalse();
        assertThat(ArticleNames.inHandle(text, un, un + 2)).isFalse();
    }
}
