package dev.gazette.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.beam.testing.Generated;
import dev.gazette.beam.testing.Runs;
import dev.gazette.beam.write.DatasetSpec;
import dev.gazette.model.Article;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import dev.gazette.validate.engine.ArticleStep;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 6: a failure on one article costs that article a finding, not the job; a job
 * that fails leaves no dataset behind (the output is complete or absent).
 */
class FaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The tables with one row set per article, compared row by row with a run without failures. */
    private static final List<String> ARTICLE_TABLES = List.of("articles", "changes", "quotes", "mentions", "events",
            "findings");

    @Test
    void articlesOnWhichTheCheckFailsCostAFindingEachAndTheRestOfTheDatasetIsComplete() throws Exception {
        Path corpus = Generated.jsonl(tmp.resolve("corpus/gen.jsonl"), 5, 12);
        StepSpec clean = variant(3);
        run(corpus, clean, tmp.resolve("clean-sharded").toString());
        Runs.merge(tmp.resolve("clean-sharded").toString(), tmp.resolve("clean"));
        StepSpec faulty = variant(1);
        Steps.register(faulty, step(faulty, new ThrowingRule(Map.of("g00000007", new IllegalStateException("injected"),
                "g00000009", new StackOverflowError())), null));
        run(corpus, faulty, tmp.resolve("sharded").toString());
        Runs.merge(tmp.resolve("sharded").toString(), tmp.resolve("merged"));

        List<String> failures = rows(tmp.resolve("merged"), "findings").stream()
                .filter(l -> l.contains("\"article-failed\"")).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("gen.jsonl:7#7").contains("IllegalStateException: injected");
        assertThat(failures.get(1)).contains("gen.jsonl:9#9").contains("StackOverflowError");
        Set<String> failed = Set.of("g00000007", "g00000009");
        for (String table : ARTICLE_TABLES) {
            List<String> expected = rows(tmp.resolve("clean"), table).stream().filter(r -> !failed.contains(articleId(r)))
                    .toList();
            List<String> actual = rows(tmp.resolve("merged"), table).stream().filter(r -> !failures.contains(r)).toList();
            assertThat(actual).as("%s: every row of the articles that did not fail, in order", table)
                    .isEqualTo(expected);
        }
        assertThat(rows(tmp.resolve("merged"), "articles")).hasSize(10);
        assertThat(rows(tmp.resolve("merged"), "entity_links")).isEqualTo(rows(tmp.resolve("clean"), "entity_links"));
    }

    @Test
    void anArticleWhoseAnalysisFailsInTheStatisticsPassCostsAFindingNotTheJob() throws Exception {
        Path corpus = Generated.jsonl(tmp.resolve("corpus/gen.jsonl"), 5, 12);
        StepSpec spec = variant(4);
        Steps.register(spec, step(spec, null, new ThrowingStatistic("g00000003")));
        run(corpus, spec, tmp.resolve("sharded").toString());
        Path merged = tmp.resolve("merged");
        Runs.merge(tmp.resolve("sharded").toString(), merged);

        assertThat(rows(merged, "findings").stream().filter(l -> l.contains("\"article-failed\"")).toList())
                .singleElement().satisfies(l -> assertThat(l).contains("gen.jsonl:3#3")
                        .contains("IllegalArgumentException: injected in the statistics pass"));
        assertThat(rows(merged, "articles")).hasSize(11);
        for (String table : List.of("articles", "changes", "quotes", "mentions", "events")) {
            assertThat(rows(merged, table)).as(table).noneMatch(r -> articleId(r).equals("g00000003"));
        }
    }

    @Test
    void aJobThatFailsLeavesNoDataset() throws Exception {
        Path corpus = Generated.jsonl(tmp.resolve("corpus/gen.jsonl"), 5, 6);
        StepSpec spec = variant(2);
        Steps.register(spec, step(spec, null, new FailingStatistic()));
        Path target = tmp.resolve("out");
        assertThatThrownBy(() -> run(corpus, spec, target.toString())).hasStackTraceContaining("injected failure");
        assertThat(target).doesNotExist();
    }

    private static void run(Path corpus, StepSpec spec, String output) {
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        GazettePipeline.build(p, InputSpec.of(List.of(corpus.toString())), spec, DatasetSpec.defaults(), output,
                new GazettePipeline.Sharding(5, 10, 2));
        p.run().waitUntilFinish();
    }

    private static List<String> rows(Path dataset, String table) throws IOException {
        return Files.readAllLines(dataset.resolve(table + ".jsonl"));
    }

    /** The article a JSON Lines row belongs to: its {@code article_id}, or the {@code id} of an article. */
    private static String articleId(String row) {
        try {
            JsonNode node = JSON.readTree(row);
            return node.has("article_id") ? node.get("article_id").asText() : node.get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spec of its own for each test, so that each can register its own step. */
    private static StepSpec variant(int n) {
        StepSpec d = StepSpec.defaults();
        return new StepSpec(DocumentReader.DEFAULT_MAX_BYTES - n, d.recurringMin(), d.boilerplate(), d.registries(),
                d.defaultRegistry(), d.lexicons());
    }

    private static ArticleStep step(StepSpec spec, Rule extra, CorpusStatistic<?, ?> statistic) {
        var options = Steps.options(spec);
        Analyser analyser = Analyser.of(options.referenceData());
        List<Rule> rules = new ArrayList<>(Rules.all(analyser, options.referenceData()));
        if (extra != null) {
            rules.add(extra);
        }
        if (statistic != null) {
            rules.add(new Rule() {
                @Override
                public String id() {
                    return "doubled-word";
                }

                @Override
                public void check(ArticleContext context) {
                }

                @Override
                public List<CorpusStatistic<?, ?>> statistics() {
                    return List.of(statistic);
                }
            });
        }
        return new ArticleStep(options, analyser, rules);
    }

    /** Throws on some articles, as a rule with a bug would (or a recursion on a pathological input). */
    private record ThrowingRule(Map<String, Throwable> errors) implements Rule {
        @Override
        public String id() {
            return "doubled-word";
        }

        @Override
        public void check(ArticleContext context) {
            Throwable e = errors.get(context.article().id());
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error r) {
                throw r;
            }
        }
    }

    /** A statistic whose accumulation fails on one article, as an analysis with a bug would. */
    private record ThrowingStatistic(String articleId) implements CorpusStatistic<ThrowingStatistic.Count, Integer> {
        static final class Count implements Serializable {
            private static final long serialVersionUID = 1L;
            int n;
        }

        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public Count newAccumulator() {
            return new Count();
        }

        @Override
        public void accumulate(Count acc, Article article) {
            if (article.id().equals(articleId)) {
                throw new IllegalArgumentException("injected in the statistics pass");
            }
            acc.n++;
        }

        @Override
        public Count combine(Count left, Count right) {
            left.n += right.n;
            return left;
        }

        @Override
        public Integer finish(Count acc) {
            return acc.n;
        }
    }

    /** A statistic whose combination fails: an error outside any one article, which fails the job. */
    private static final class FailingStatistic implements CorpusStatistic<FailingStatistic.Acc, String> {
        static final class Acc implements Serializable {
            private static final long serialVersionUID = 1L;
            int n;
        }

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Acc newAccumulator() {
            return new Acc();
        }

        @Override
        public void accumulate(Acc acc, Article article) {
            acc.n++;
        }

        @Override
        public Acc combine(Acc left, Acc right) {
            if (right.n > 0) {
                throw new IllegalStateException("injected failure");
            }
            return left;
        }

        @Override
        public String finish(Acc acc) {
            return "done";
        }
    }
}
