package dev.gazette.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTimelineTest {

    private static final RoleTimeline TIMELINE = new RoleTimeline(Articles.PERIODS, TitleFinder.standard());

    private static List<String> check(String sentence, RoleTimeline.When when) {
        List<String> out = new ArrayList<>();
        for (Title t : Articles.titles("Report\n\n" + sentence + "\n")) {
            TIMELINE.check(t, when).ifPresent(out::add);
        }
        return out;
    }

    private static RoleTimeline.When on(String day) {
        return RoleTimeline.When.on(LocalDate.parse(day));
    }

    @Test
    void reportsAPostNotHeldAtTheArticlesDate() {
        assertThat(check("Fed Chairman Paul Volcker testified before the committee.", on("1987-09-01")))
                .containsExactly("'Fed Chairman' for Paul Volcker: Paul Volcker held Chairman of Federal Reserve Board "
                        + "from 1979-08-06 to 1987-08-11; the article is dated 1987-09-01");
        assertThat(check("Fed Chairman Paul Volcker testified before the committee.", on("1987-03-01"))).isEmpty();
    }

    @Test
    void reportsAPredecessorsPostAfterThePersonMovedOn() {
        assertThat(check("Treasury Secretary Donald Regan testified before the committee.", on("1986-05-01")))
                .hasSize(1).allMatch(m -> m.contains("from 1981-01-22 to 1985-02-01"));
    }

    @Test
    void understandsFormerThenAndNewlyAppointed() {
        assertThat(check("Former Fed Chairman Paul Volcker spoke.", on("1987-09-01"))).isEmpty();
        assertThat(check("Former Fed Chairman Paul Volcker spoke.", on("1987-06-01")))
                .hasSize(1).allMatch(m -> m.contains("called former"));
        assertThat(check("The then Vice President George Bush visited Tokyo.", on("1990-05-01"))).isEmpty();
        assertThat(check("Vice President George Bush visited Tokyo.", on("1990-05-01"))).hasSize(1);
        assertThat(check("The newly appointed Fed Chairman Alan Greenspan spoke.", on("1987-09-01"))).isEmpty();
        assertThat(check("The newly appointed Fed Chairman Alan Greenspan spoke.", on("1990-01-01"))).hasSize(1);
    }

    @Test
    void checksAnUndatedArticleAgainstTheRangeItsTextGives() {
        RoleTimeline.When after1988 = new RoleTimeline.When(LocalDate.of(1988, 1, 1), null, true);
        assertThat(check("Fed Chairman Paul Volcker testified before the committee.", after1988))
                .containsExactly("'Fed Chairman' for Paul Volcker: Paul Volcker held Chairman of Federal Reserve Board "
                        + "from 1979-08-06 to 1987-08-11; the article has no date and its text puts it on or after 1988-01-01");
        RoleTimeline.When unknown = new RoleTimeline.When(null, null, true);
        assertThat(check("Fed Chairman Paul Volcker testified before the committee.", unknown)).isEmpty();
    }

    @Test
    void reportsAPostNeverHeldOnlyWhenItContradictsAPostOfTheSameCountry() {
        assertThat(check("U.S. Vice President James Baker arrived.", on("1987-03-01")))
                .containsExactly("'U.S. Vice President' for James Baker: the registry lists James Baker as Chief of Staff "
                        + "of United States from 1981-01-20 to 1985-02-03, Treasury Secretary of United States from "
                        + "1985-02-04 to 1988-08-17, never as Vice President of United States; the article is dated 1987-03-01");
        assertThat(check("Japanese Prime Minister Kiichi Miyazawa arrived.", on("1987-03-01"))).isEmpty();
    }

    @Test
    void understandsNomineesAsPhrasesPrepositionsAndTheTimeASentenceTellsOf() {
        assertThat(check("Newly-nominated Fed chairman Alan Greenspan met senators.", on("1987-06-02"))).isEmpty();
        assertThat(check("Hearings on Alan Greenspan's nomination as Fed chairman begin soon.", on("1987-06-02"))).isEmpty();
        assertThat(check("Rates fell at the Federal Reserve under Chairman Paul Volcker.", on("1987-03-02"))).isEmpty();
        assertThat(check("The White House moved Chief of Staff Donald Regan to a new post late last year.",
                on("1988-03-02"))).isEmpty();
        assertThat(check("The White House moved Chief of Staff Donald Regan to a new post.", on("1988-03-02"))).hasSize(1);
        assertThat(check("The White House moved Chief of Staff Donald Regan to a new post in 1985.",
                on("1988-03-02"))).isEmpty();
    }

    @Test
    void takesAPortfoliosSecretaryAndMinisterForOnePost() {
        assertThat(check("U.S. Treasury Minister James Baker arrived.", on("1987-03-01"))).isEmpty();
    }
}
