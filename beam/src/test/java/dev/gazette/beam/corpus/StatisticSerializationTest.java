package dev.gazette.beam.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.beam.testing.Equivalence;
import dev.gazette.model.Article;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.ArticleStep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus statistic of the step travels between workers: its accumulators, after Java
 * serialization, combine and finish to the result they give unserialised, and the result itself
 * survives serialization (it is a side input), but the names statistic's, whose clustering's
 * outcome travels instead.
 */
class StatisticSerializationTest {

    @TestFactory
    List<DynamicTest> everyStatisticsAccumulatorAndResultSurviveSerialization() throws Exception {
        ArticleStep step = Steps.of(StepSpec.defaults());
        List<Article> articles = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        for (var f : new InputScanner().scan(List.of(Equivalence.SEEDS.toString())).files()) {
            reader.read(f).document().ifPresent(d -> articles.add(step.parse(d, CorpusKnowledge.empty())));
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the step gathers statistics", () -> assertThat(step.statistics()).hasSize(3)));
        for (CorpusStatistic<?, ?> s : step.statistics()) {
            tests.add(DynamicTest.dynamicTest(s.name(), () -> check(s, articles)));
        }
        return tests;
    }

    private static <A, R> void check(CorpusStatistic<A, R> s, List<Article> articles) {
        A left = s.newAccumulator();
        A right = s.newAccumulator();
        A whole = s.newAccumulator();
        for (int i = 0; i < articles.size(); i++) {
            s.accumulate(i % 2 == 0 ? left : right, articles.get(i), new ArticleMemo());
            s.accumulate(whole, articles.get(i), new ArticleMemo());
        }
        A combined = s.combine(roundTrip(left), roundTrip(right));
        R expected = s.finish(whole);
        assertThat(s.finish(combined)).usingRecursiveComparison().isEqualTo(expected);
        A fromParts = s.newAccumulator();
        for (A part : s.split(whole, 5).values()) {
            fromParts = s.combine(fromParts, roundTrip(part));
        }
        assertThat(s.finish(fromParts)).as("split into parts and combined").usingRecursiveComparison().isEqualTo(expected);
        if (expected instanceof Serializable) {
            assertThat(roundTrip(expected)).usingRecursiveComparison().isEqualTo(expected);
        } else {
            // the names index keeps the clusterer to compare names again: the clustering's
            // outcome travels instead, and each worker makes the index of it (NameClusteringTest)
            assertThat(s).isSameAs(Steps.of(StepSpec.defaults()).analyser().names().statistic());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        return (T) SerializableUtils.clone((Serializable) value);
    }
}
