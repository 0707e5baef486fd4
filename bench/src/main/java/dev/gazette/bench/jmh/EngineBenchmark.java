package dev.gazette.bench.jmh;

import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import dev.gazette.validate.engine.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine (three passes: read, statistics when declared, check) over a generated
 * 4 MB JSON Lines corpus, results discarded; and reading alone (one pass of the corpus source:
 * JSON parsing and record composition). On 1 thread and on every processor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EngineBenchmark {

    @Param({"1", "0"})
    public int threads;

    private Path corpus;
    private CorpusSource source;
    private Engine engine;

    @Setup
    public void setUp() throws IOException {
        corpus = Samples.jsonl(4_000_000);
        engine = new Engine(EngineOptions.builder().threads(threads).build());
        source = CorpusSource.builder(List.of(new InputFile(corpus, "corpus.jsonl"))).reader(engine.reader()).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(corpus);
    }

    /** One full engine run. */
    @Benchmark
    public int engine() throws IOException {
        RunSummary s = engine.run(source, List.of(), r -> { }, ProgressListener.NONE).summary();
        return s.articles();
    }

    /** One pass of the source, every document read (decoded, composed, hashed) on this thread. */
    @Benchmark
    public long readOnePass() {
        long chars = 0;
        try (var pass = source.open()) {
            for (var d = pass.next(); d != null; d = pass.next()) {
                chars += d.read().document().map(x -> x.text().length()).orElse(0);
            }
        }
        return chars;
    }
}
