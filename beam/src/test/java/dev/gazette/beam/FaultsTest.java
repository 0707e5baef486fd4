package dev.gazette.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 6: a failure on one article costs that article a finding, not the job; a job
 * that fails leaves no dataset behind (the output is complete or absent).
 */
class FaultsTest {

    @TempDir
    Path tmp;

    @Test
    void anArticleThatMakesARuleThrowGetsAFindingAndTheRestIsWritten() throws Exception {
        Path corpus = Generated.jsonl(tmp.resolve("corpus/gen.jsonl"), 5, 12);
        StepSpec spec = variant(1);
        Steps.register(spec, step(spec, new ThrowingRule("g00000007"), null));
        String sharded = tmp.resolve("sharded").toString();
        run(corpus, spec, sharded);
        Path merged = tmp.resolve("merged");
        Runs.merge(sharded, merged);

        String findings = Files.readString(merged.resolve("findings.csv"));
        assertThat(findings.lines().filter(l -> l.contains("article-failed")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("gen.jsonl:7#7").contains("IllegalStateException: injected"));
        List<String> articles = Files.readAllLines(merged.resolve("articles.jsonl"));
        assertThat(articles).hasSize(11);
        assertThat(articles).noneMatch(a -> a.startsWith("{\"id\":\"g00000007\""))
                .anyMatch(a -> a.startsWith("{\"id\":\"g00000008\""));
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

    /** Throws on one article, as a rule with a bug would. */
    private record ThrowingRule(String articleId) implements Rule {
        @Override
        public String id() {
            return "doubled-word";
        }

        @Override
        public void check(ArticleContext context) {
            if (context.article().id().equals(articleId)) {
                throw new IllegalStateException("injected");
            }
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
