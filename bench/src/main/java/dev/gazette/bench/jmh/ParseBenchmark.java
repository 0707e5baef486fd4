package dev.gazette.bench.jmh;

import dev.gazette.model.Article;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The article parser (line classification, header, paragraphs) and the recurring-line signal. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ParseBenchmark {

    private static final int N = 200;

    private RawDocument[] docs;
    private ArticleParser parser;
    private RecurringLines recurring;

    @Setup
    public void setUp() {
        List<String> texts = Samples.texts(N);
        DocumentReader reader = new DocumentReader();
        docs = new RawDocument[N];
        recurring = new RecurringLines(ParserConfig.defaults().recurringMaxWords());
        for (int i = 0; i < N; i++) {
            docs[i] = reader.decode("a" + i, "a" + i + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8))
                    .document().orElseThrow();
            recurring.addArticle(docs[i].text());
        }
        parser = new ArticleParser(ParserConfig.defaults());
    }

    /** Articles parsed per second, with the corpus signal. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int parse() {
        int n = 0;
        for (RawDocument d : docs) {
            Article a = parser.parse(d, recurring);
            n += a.paragraphs().size();
        }
        return n;
    }

    /** Articles counted per second into the recurring-line signal (pass 1's work per article). */
    @Benchmark
    @OperationsPerInvocation(N)
    public int recurringLineKeys() {
        int n = 0;
        for (RawDocument d : docs) {
            n += recurring.keys(d.text()).length;
        }
        return n;
    }
}
