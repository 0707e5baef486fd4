package dev.gazette.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.Entity;
import dev.gazette.model.Article;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleTableTest {

    private static final RoleTimeline TIMELINE = new RoleTimeline(Articles.PERIODS, TitleFinder.standard());
    private static final RoleStatistic ROLES = new RoleStatistic(Articles.NAMES, TitleFinder.standard(), Articles.PERIODS::idOf);

    private static final List<Article> CORPUS = List.of(
            article("a1", "Monday 2 March 1987", "Fed Chairman Paul Volcker met Japanese Finance Minister Kiichi Miyazawa."),
            article("a2", "Friday 27 March 1987", "Federal Reserve Chairman Paul Volcker spoke to bankers."),
            article("a3", "Wednesday 25 March 1987", "Fed Chairman Alan Greenspan spoke to bankers."),
            article("a4", "Monday 6 April 1987", "Former Fed Chairman Alan Greenspan spoke to bankers."));

    private static Article article(String id, String date, String text) {
        return new ArticleParser(ParserConfig.defaults()).parse(new RawDocument(id, id + ".txt", id, "UTF-8",
                "Rates\n" + date + "\n\n" + text + "\n", List.of()));
    }

    private static <A, R> R gather(CorpusStatistic<A, R> s) {
        A acc = s.newAccumulator();
        for (Article a : CORPUS) {
            s.accumulate(acc, a);
        }
        return s.finish(acc);
    }

    private static CorpusKnowledge knowledge() {
        Map<CorpusStatistic<?, ?>, Object> results = new HashMap<>();
        results.put(Articles.NAMES.statistic(), gather(Articles.NAMES.statistic()));
        results.put(ROLES, gather(ROLES));
        return CorpusKnowledge.of(null, results);
    }

    @Test
    void listsEachPostOfEachPersonWithTheDatesTheCorpusAttestsAndTheRegistrysPeriod() {
        // Japan is named only by its demonym: no entity of the corpus, so the row keeps its name alone
        CorpusKnowledge k = knowledge();
        List<RoleTable.Role> rows = RoleTable.rows(k.get(ROLES), Articles.NAMES.entities(k), TIMELINE);
        assertThat(rows).extracting(r -> r.entityId() + " " + r.post() + " " + r.of() + " (" + r.ofName() + ") " + r.first()
                        + " " + r.last()
                        + " " + r.articles() + " " + r.registryPeriods())
                .containsExactly(
                        "alan-greenspan chairman federal-reserve (Federal Reserve Board) 1987-03-25 1987-03-25 1 1987-08-11/2006-01-31",
                        "kiichi-miyazawa finance minister null (Japan) 1987-03-02 1987-03-02 1 1986-07-22/1987-11-06",
                        "paul-volcker chairman federal-reserve (Federal Reserve Board) 1987-03-02 1987-03-27 2 1979-08-06/1987-08-11");
    }

    @Test
    void findsTheOtherPersonGivenAOneHolderPostInTheSameMonth() {
        CorpusKnowledge k = knowledge();
        List<Entity> entities = Articles.NAMES.entities(k);
        Title greenspan = TitleFinder.standard().find(CORPUS.get(2), Articles.mentions(CORPUS.get(2)), Articles.PERIODS::idOf)
                .get(0);
        assertThat(RoleTable.rivals(k.get(ROLES), greenspan, RoleTable.find(entities, "alan-greenspan"),
                LocalDate.of(1987, 3, 25))).containsExactly(new RoleTable.Rival("Paul Volcker", 2, "a1"));
        Title former = TitleFinder.standard().find(CORPUS.get(3), Articles.mentions(CORPUS.get(3)), Articles.PERIODS::idOf)
                .get(0);
        assertThat(RoleTable.rivals(k.get(ROLES), former, RoleTable.find(entities, "alan-greenspan"),
                LocalDate.of(1987, 4, 6))).isEmpty();
    }

    @Test
    void takesMisspellingsShortenedNamesAndTheSameSurnameForOnePerson() {
        assertThat(RoleTable.alike("Kiichi Miyazawa", "Kiichi Miyazwa")).isTrue();
        assertThat(RoleTable.alike("Robert Dole", "Bob Dole")).isTrue();
        assertThat(RoleTable.alike("Dilson", "Dilson Funaro")).isTrue();
        assertThat(RoleTable.alike("Paul Volcker", "Alan Greenspan")).isFalse();
    }
}
