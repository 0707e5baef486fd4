package dev.gazette.bench.jmh;

import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.ReadResult;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;

/** Decoding article bytes to text: UTF-8 validation, the Windows-1252 fallback, hashing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DecodeBenchmark {

    @Param({"utf-8", "windows-1252"})
    public String charset;

    private byte[][] articles;

    @Setup
    public void setUp() {
        List<String> texts = Samples.texts(200);
        Charset cs = charset.equals("utf-8") ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        articles = new byte[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            // Non-ASCII characters make windows-1252 bytes invalid UTF-8, which exercises the fallback.
            articles[i] = texts.get(i).replace("a", "\u00e1").getBytes(cs);
        }
    }

    /** Articles decoded per second. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(200)
    public int decode() {
        DocumentReader reader = new DocumentReader();
        int n = 0;
        for (byte[] a : articles) {
            ReadResult r = reader.decode("x", "x.txt", a);
            n += r.document().map(d -> d.text().length()).orElse(0);
        }
        return n;
    }
}
