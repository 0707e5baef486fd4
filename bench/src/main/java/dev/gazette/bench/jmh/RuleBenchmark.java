package dev.gazette.bench.jmh;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import dev.gazette.validate.RuleSettings;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One rule's per-article work, on parsed generated articles with the corpus statistics of those
 * articles: {@code check} is the rule's check (for {@code run-together-words} that is word
 * segmentation of the unknown tokens; for {@code name-variant}, resolving the mentions against the
 * corpus's entities), {@code statistics} is what the rule's corpus statistics do per article in
 * the statistics pass (for {@code name-variant}: name extraction, i.e. finding the candidate names
 * and their keys; for the text rules: counting the vocabulary).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RuleBenchmark {

    private static final int N = 200;

    @Param({"run-together-words", "name-variant", "lowercase-proper-noun"})
    public String rule;

    private Rule checked;
    private Article[] articles;
    private LineIndex[] lines;
    private CorpusKnowledge knowledge;
    private Analyser analyser;

    @Setup
    public void setUp() throws IOException, dev.gazette.model.io.InputException {
        List<String> texts = Samples.texts(N);
        Path dir = Files.createTempDirectory("gazette-bench-rules-");
        DocumentReader reader = new DocumentReader();
        RecurringLines recurring = new RecurringLines(ParserConfig.defaults().recurringMaxWords());
        RawDocument[] docs = new RawDocument[N];
        for (int i = 0; i < N; i++) {
            Path f = dir.resolve(String.format("a%03d.txt", i));
            Files.writeString(f, texts.get(i), StandardCharsets.UTF_8);
            f.toFile().deleteOnExit();
            docs[i] = reader.decode("a" + i, f.toString(), texts.get(i).getBytes(StandardCharsets.UTF_8))
                    .document().orElseThrow();
            recurring.addArticle(docs[i].text());
        }
        dir.toFile().deleteOnExit();
        analyser = Analyser.of(ReferenceData.defaults());
        checked = Rules.all(analyser, ReferenceData.defaults()).stream().filter(r -> r.id().equals(rule)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + rule));
        ArticleParser parser = new ArticleParser(ParserConfig.defaults());
        articles = new Article[N];
        lines = new LineIndex[N];
        for (int i = 0; i < N; i++) {
            articles[i] = parser.parse(docs[i], recurring);
            lines[i] = LineIndex.of(articles[i].raw());
        }
        Engine engine = new Engine(EngineOptions.builder().threads(1).build(), analyser, List.of(checked));
        knowledge = engine.run(new InputScanner().scan(List.of(dir.toString())).files(), List.of(), r -> { })
                .knowledge();
    }

    /** Articles checked per second by the rule. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int check() {
        int n = 0;
        for (int i = 0; i < N; i++) {
            ArticleMemo memo = new ArticleMemo();
            ArticleContext ctx = new ArticleContext(articles[i], lines[i], knowledge, RuleSettings.defaults(),
                    analyser.analyse(articles[i], lines[i], knowledge, memo), memo);
            checked.check(ctx);
            n += ctx.findings().size();
        }
        return n;
    }

    /** Articles per second through the rule's corpus statistics (accumulation only); JMH consumes the accumulators. */
    @Benchmark
    @OperationsPerInvocation(N)
    public List<Object> statistics() {
        List<Object> accumulators = new java.util.ArrayList<>();
        for (CorpusStatistic<?, ?> s : checked.statistics()) {
            accumulators.add(accumulateAll(s));
        }
        return accumulators;
    }

    private <A> A accumulateAll(CorpusStatistic<A, ?> s) {
        A acc = s.newAccumulator();
        for (Article a : articles) {
            s.accumulate(acc, a);
        }
        return acc;
    }
}
