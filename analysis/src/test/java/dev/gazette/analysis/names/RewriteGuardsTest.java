package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rewrites a name rule never proposes, whatever the match probability of the two forms. */
class RewriteGuardsTest {

    @Test
    void anInnerCapitalIsNeverWrittenInLowerCase() {
        assertThat(ArticleNames.innerCapitalLost("PepsiCo Inc", "Pepsico Inc")).isTrue();
        assertThat(ArticleNames.innerCapitalLost("Callaghan O'Hare", "Callaghan O'hare")).isTrue();
        assertThat(ArticleNames.innerCapitalLost("Callaghan O\u2019Hare", "Callaghan O\u2019hare")).isTrue();
        // adding an inner capital, or title-casing capitals, is another matter
        assertThat(ArticleNames.innerCapitalLost("Brendan Mcdermid", "Brendan McDermid")).isFalse();
        assertThat(ArticleNames.innerCapitalLost("CARES Act", "Cares Act")).isFalse();
        // a different word is not a case slip
        assertThat(ArticleNames.innerCapitalLost("PepsiCo Inc", "Pepsi Inc")).isFalse();
    }

    @Test
    void quotationMarksAroundANameAreNotASpelling() {
        assertThat(ArticleNames.sameBetweenQuotes("Queer Eye'", "Queer Eye")).isTrue();
        assertThat(ArticleNames.sameBetweenQuotes("Spider Woman\u2019", "Spider Woman")).isTrue();
        assertThat(ArticleNames.sameBetweenQuotes("Queer Eye", "Queer Eye")).isFalse();
        assertThat(ArticleNames.sameBetweenQuotes("Tal Hamdan", "Tell Hamdan")).isFalse();
    }

    @Test
    void aNameAllInCapitalsIsShouted() {
        assertThat(ArticleNames.shouted("ES SIDER")).isTrue();
        assertThat(ArticleNames.shouted("NATO")).isFalse(); // one word: an acronym
        assertThat(ArticleNames.shouted("CARES Act")).isFalse();
    }
}
