package dev.gazette.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Article;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.rules.Rules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Meta-test for every corpus statistic a registered rule declares: the engine accumulates
 * statistics per batch of consecutive articles and combines the batches in order, so
 * {@code combine} must be associative with {@code newAccumulator()} as identity. Checked by
 * folding the rule example articles in one accumulator and in batches of every size.
 */
class CorpusStatisticContractTest {

    @TestFactory
    Stream<DynamicTest> everyStatisticGivesTheSameResultFoldedWholeOrInCombinedBatches() throws Exception {
        List<Article> articles = new ArrayList<>();
        ArticleParser parser = new ArticleParser(ParserConfig.defaults());
        DocumentReader reader = new DocumentReader();
        for (var f : new InputScanner().scan(List.of(RuleExamplesTest.ROOT.toString())).files()) {
            reader.read(f).document().ifPresent(d -> articles.add(parser.parse(d)));
        }
        Map<CorpusStatistic<?, ?>, String> statistics = new IdentityHashMap<>();
        for (Rule r : Rules.all(Analyser.of(ReferenceData.defaults()), ReferenceData.defaults())) {
            for (CorpusStatistic<?, ?> s : r.statistics()) {
                statistics.put(s, r.id());
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("there are example articles", () -> assertThat(articles).hasSizeGreaterThan(5)));
        for (var e : statistics.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getValue() + ": " + e.getKey().name(), () -> check(e.getKey(), articles)));
        }
        return tests.stream();
    }

    private static <A, R> void check(CorpusStatistic<A, R> s, List<Article> articles) {
        A whole = s.newAccumulator();
        for (Article a : articles) {
            s.accumulate(whole, a);
        }
        R expected = s.finish(whole);
        for (int batch = 1; batch <= 4; batch++) {
            A total = s.newAccumulator();
            for (int from = 0; from < articles.size(); from += batch) {
                A part = s.newAccumulator();
                for (Article a : articles.subList(from, Math.min(articles.size(), from + batch))) {
                    s.accumulate(part, a);
                }
                total = s.combine(total, part);
            }
            assertThat(s.finish(total)).as("%s in batches of %d", s.name(), batch)
                    .usingRecursiveComparison().isEqualTo(expected);
        }
    }
}
