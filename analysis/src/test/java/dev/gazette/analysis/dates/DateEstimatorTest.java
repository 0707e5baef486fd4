package dev.gazette.analysis.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.roles.RolePeriods;
import dev.gazette.analysis.roles.RoleTimeline;
import dev.gazette.analysis.roles.TitleFinder;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEstimatorTest {

    private static final ReferenceData DATA = new ReferenceData(List.of(Path.of("src/test/resources/roles/registry.yaml")),
            false, List.of());
    private static final RoleTimeline TIMELINE = new RoleTimeline(RolePeriods.of(DATA), TitleFinder.standard());

    private static DateEstimator.Estimate estimate(DateEstimator estimator, String text) {
        Article a = new ArticleParser(ParserConfig.defaults())
                .parse(new RawDocument("a", "a.txt", "0", "UTF-8", text, List.of()));
        List<Mention> mentions = NameAnalysis.of(DATA).resolve(a, LineIndex.of(a.raw()), CorpusKnowledge.empty(),
                new ArticleMemo()).mentions();
        return estimator.estimate(a, TitleFinder.standard().find(a, mentions, RolePeriods.of(DATA)::idOf));
    }

    @Test
    void boundsAnArticleByANewlyAppointedOfficialAndTheDaysItReports() {
        DateEstimator.Estimate e = estimate(DateEstimator.of(TIMELINE, List.of()),
                "Rates\n\nThe newly appointed Fed Chairman Alan Greenspan spoke to bankers. On August 20, 1987, the Fed left "
                        + "its rates unchanged.\n");
        assertThat(e.earliest()).isEqualTo(LocalDate.of(1987, 8, 20));
        assertThat(e.latest()).isEqualTo(LocalDate.of(1987, 8, 11).plusDays(183));
        assertThat(e.evidence()).contains("appointed 1987-08-11").contains("'August 20, 1987' reported");
    }

    @Test
    void aPostInThePresentBoundsTheArticleFromBelowOnly() {
        DateEstimator.Estimate e = estimate(DateEstimator.of(TIMELINE, List.of()),
                "Rates\n\nFed Chairman Alan Greenspan spoke to bankers.\n");
        assertThat(e.earliest()).isEqualTo(LocalDate.of(1987, 8, 11));
        assertThat(e.latest()).isNull();
    }

    @Test
    void readsTheUsersDatedEvents(@TempDir Path dir) throws Exception {
        Path events = dir.resolve("events.tsv");
        Files.writeString(events, "# mine\n\\bthe great storm\\b\t1987-10-15\t1987-10-16\tGreat Storm of 1987\n");
        DateEstimator.Estimate e = estimate(DateEstimator.of(TIMELINE, List.of(events)),
                "Insurers\n\nClaims after the great storm kept rising.\n");
        assertThat(e.earliest()).isEqualTo(LocalDate.of(1987, 10, 16));
        assertThat(e.evidence()).contains("Great Storm of 1987");
        Files.writeString(events, "\\bstorm\\b\t1987-10-15\tNot a date\tStorm\n");
        assertThatThrownBy(() -> DateEstimator.of(TIMELINE, List.of(events)))
                .hasMessageContaining(events + ":1:").hasMessageContaining("bad day 'Not a date'");
    }

    @Test
    void saysNothingWithoutEvidence() {
        assertThat(estimate(DateEstimator.of(TIMELINE, List.of()), "Markets\n\nShares rose.\n").unknown()).isTrue();
    }
}
