package dev.gazette.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private static String describe(Title t) {
        return t.person().entityId() + " | " + t.post() + " | " + t.of() + " | " + t.tense().label();
    }

    private static List<String> titles(String text) {
        return Articles.titles(text).stream().map(TitleFinderTest::describe).toList();
    }

    @Test
    void readsTitlesBeforeNamesWithTheirCountryAndPortfolio() {
        assertThat(titles("Talks in Tokyo\n\nU.S. Treasury Secretary James Baker met Japanese Finance Minister Kiichi "
                + "Miyazawa in Tokyo on Monday.\n"))
                .containsExactly("james-baker | treasury secretary | us | current",
                        "kiichi-miyazawa | finance minister | japan | current");
        assertThat(titles("Debt Talks\n\nBrazil's Finance Minister Dilson Funaro arrived on Monday.\n"))
                .containsExactly("dilson-funaro | finance minister | brazil | current");
    }

    @Test
    void readsAPostWrittenWithOfAsThePortfolioPost() {
        assertThat(titles("Budget\n\nSecretary of the Treasury Donald Regan spoke first.\n"))
                .containsExactly("donald-regan | treasury secretary | null | current");
    }

    @Test
    void readsAppositionsAndPhrasesAfterAVerbOrAs() {
        assertThat(titles("Rates\n\nPaul Volcker, chairman of the Federal Reserve Board, told the committee rates "
                + "would hold.\n")).containsExactly("paul-volcker | chairman | federal-reserve | current");
        assertThat(titles("Rates\n\nGeorge Bush, who was Vice President at the time, agreed.\n"))
                .containsExactly("george-bush | vice president | null | then");
        assertThat(titles("Rates\n\nAlan Greenspan's first speech as Fed chairman was short.\n"))
                .containsExactly("alan-greenspan | chairman | federal-reserve | as");
    }

    @Test
    void readsTheQualifiersOfTime() {
        assertThat(Articles.titles("Memoirs\n\nFormer White House Chief of Staff Donald Regan said he would write a "
                + "book.\n")).extracting(t -> t.post() + " | " + t.tense().label()).containsExactly("staff chief | former");
        assertThat(titles("Memoirs\n\nThe then Vice President George Bush visited Tokyo.\n"))
                .containsExactly("george-bush | vice president | null | then");
        assertThat(titles("Rates\n\nThe newly appointed Fed Chairman Alan Greenspan spoke.\n"))
                .containsExactly("alan-greenspan | chairman | federal-reserve | new");
    }

    @Test
    void findsNoTitleWhereNoneIsWritten() {
        assertThat(titles("Rates\n\nBaker said the Treasury would act. Officials met Baker, Regan and Volcker.\n")).isEmpty();
    }

    @Test
    void keepsARankWrittenBeforeTheCountryAndTheOrganisationOfAPartForNoPostOfIt() {
        assertThat(Articles.titles("Debt\n\nAssistant U.S. Treasury Secretary David Mulford spoke.\n"))
                .extracting(t -> t.post() + " | " + t.unique()).containsExactly("assistant treasury secretary | false");
        assertThat(Articles.titles("Trade\n\nThe letter came from Paul Volcker, head of the Fed delegation, on Monday.\n"))
                .extracting(t -> t.post() + " | " + t.of() + " | " + t.unique()).containsExactly("head | null | false");
    }
}
