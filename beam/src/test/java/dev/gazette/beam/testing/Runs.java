package dev.gazette.beam.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.beam.GazettePipeline;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.write.DatasetSpec;
import dev.gazette.beam.write.Merge;
import dev.gazette.cli.GazetteCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs {@code gazette export} and the Beam pipeline on the same inputs, for comparison. */
public final class Runs {

    private Runs() {
    }

    /** Runs {@code gazette export} in process; returns its exit code. */
    public static int export(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("export", "-q"));
        all.addAll(args);
        int code = GazetteCli.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("gazette export %s: %s", args, err).isLessThanOrEqualTo(1);
        return code;
    }

    /** Runs the Beam pipeline with {@code runnerArgs}, writing the sharded dataset to {@code sharded}. */
    public static PipelineResult.State beam(InputSpec input, String sharded, GazettePipeline.Sharding sharding,
                                            String... runnerArgs) {
        PipelineOptions options = PipelineOptionsFactory.fromArgs(runnerArgs).create();
        Pipeline p = Pipeline.create(options);
        GazettePipeline.build(p, input, StepSpec.defaults(), DatasetSpec.defaults(), sharded, sharding);
        return p.run().waitUntilFinish();
    }

    /** Merges a sharded dataset into {@code to}. */
    public static void merge(String sharded, Path to) throws IOException {
        Merge.merge(sharded, to);
    }

    /** Every file under {@code dir} by relative path, with its bytes as text. */
    public static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
