package dev.gazette.bench.jmh;

import dev.gazette.analysis.names.SurfaceFormClusterer;
import dev.gazette.bench.corpus.NamePool;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The name clusterer's target (1,000,000 distinct surface forms in at most 30 s): {@link #cluster}
 * groups the forms of {@link NamePool#surfaceForms} (invented names with spelling variants:
 * initials, surname only, capitals, accents, swapped letters) into entities with the clusterer the
 * names rules use ({@link SurfaceFormClusterer}); {@link #groupByFoldedKey} groups the same forms
 * by an exact folded key (case, accents, punctuation), the floor any clusterer pays to look at
 * every form once. Single-shot: one clustering is one measurement, as in a run of {@code export}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ClusteringBenchmark {

    @Param({"1000000"})
    public int forms;

    private List<String> surfaceForms;
    private SurfaceFormClusterer clusterer;

    @Setup
    public void setUp() {
        surfaceForms = NamePool.surfaceForms(forms, Samples.SEED);
        clusterer = SurfaceFormClusterer.standard();
    }

    /** The names clusterer on every surface form: the number of entities. */
    @Benchmark
    public int cluster() {
        return clusterer.cluster(surfaceForms).size();
    }

    /** Exact grouping by folded key of every surface form. */
    @Benchmark
    public int groupByFoldedKey() {
        Map<String, List<String>> groups = new HashMap<>(surfaceForms.size() * 2);
        for (String s : surfaceForms) {
            groups.computeIfAbsent(fold(s), k -> new ArrayList<>(2)).add(s);
        }
        return groups.size();
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(c);
            } else if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
