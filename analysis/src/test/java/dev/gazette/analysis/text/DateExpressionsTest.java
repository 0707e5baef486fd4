package dev.gazette.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    private static final LocalDate MONDAY_29_MAY_2023 = LocalDate.of(2023, 5, 29);

    private static LocalDate only(String sentence, boolean planned) {
        List<DateExpressions.Found> found = DateExpressions.find(sentence);
        assertThat(found).hasSize(1);
        return DateExpressions.resolve(found.get(0), MONDAY_29_MAY_2023, planned);
    }

    @Test
    void resolvesAWeekdayBackwardsForReportedEventsAndForwardsForPlannedOnes() {
        assertThat(only("The meeting was held on Thursday in Baghdad.", false)).isEqualTo(LocalDate.of(2023, 5, 25));
        assertThat(only("They will meet on Thursday in Baghdad.", true)).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(only("They met on Monday.", false)).isEqualTo(MONDAY_29_MAY_2023);
    }

    @Test
    void resolvesCalendarDaysWithAndWithoutTheirYear() {
        assertThat(only("He arrived in Tehran on May 29.", false)).isEqualTo(MONDAY_29_MAY_2023);
        assertThat(only("The two sides held talks on March 19, 2023.", false)).isEqualTo(LocalDate.of(2023, 3, 19));
        assertThat(only("The March 19th 2023 agreement was signed.", false)).isEqualTo(LocalDate.of(2023, 3, 19));
        assertThat(only("Talks will begin on 18 March.", true)).isEqualTo(LocalDate.of(2023, 3, 18));
    }

    @Test
    void keepsVagueSpansUnresolvedAndReadsNoDateIntoNames() {
        assertThat(only("They will meet later this week.", true)).isNull();
        assertThat(DateExpressions.find("talks with the March 23 Movement")).isEmpty();
    }

    @Test
    void resolvesNothingRelativeWithoutAPublicationDate() {
        DateExpressions.Found f = DateExpressions.find("They met yesterday.").get(0);
        assertThat(DateExpressions.resolve(f, null, false)).isNull();
    }
}
