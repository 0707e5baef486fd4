package dev.gazette.beam.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.beam.GazettePipeline;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.write.DatasetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;

/** Runs {@code gazette export} and the Beam pipeline on the same corpus and compares the datasets. */
public final class Equivalence {

    /** The sample corpus of the repository. */
    public static final Path SEEDS = Path.of("../seeds");

    private Equivalence() {
    }

    /** A corpus of generated articles (two files sharing ids), a duplicate id and a malformed record. */
    public static Path mixedCorpus(Path tmp, int generated) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Generated.jsonl(corpus.resolve("a/gen.jsonl"), 11, generated);
        Generated.jsonl(corpus.resolve("b/gen.jsonl"), 11, Math.max(2, generated / 4));
        Files.writeString(corpus.resolve("b/bad.jsonl"), "{\"id\": \"g00000003\", \"text\": \"A record whose id"
                + " is taken.\"}\n{broken\n{\"id\": \"g00000003-2\", \"text\": \"A record whose id is a candidate.\"}\n");
        return corpus;
    }

    /**
     * Exports {@code inputs} with {@code gazette export} and with the pipeline on {@code runner}
     * (then merged), and asserts that the two folders hold the same files, byte for byte.
     *
     * @return the local export's files
     */
    public static Map<String, String> assertSame(Path tmp, List<String> inputs, GazettePipeline.Sharding sharding,
                                                 String... runner) throws Exception {
        Path local = tmp.resolve("local");
        List<String> args = new ArrayList<>(inputs);
        args.addAll(Arrays.asList("--out", local.toString(), "--format", String.join(",", DatasetSpec.SHARDABLE)));
        Runs.export(args);

        String sharded = tmp.resolve("sharded").toString();
        assertThat(Runs.beam(InputSpec.of(inputs), sharded, sharding, runner)).isEqualTo(PipelineResult.State.DONE);
        Path merged = tmp.resolve("merged");
        Runs.merge(sharded, merged);

        Map<String, String> expected = Runs.files(local);
        Map<String, String> actual = Runs.files(merged);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String f : expected.keySet()) {
            assertThat(actual.get(f)).as(f).isEqualTo(expected.get(f));
        }
        assertThat(expected.get("articles.csv").lines().count()).isGreaterThan(3);
        return expected;
    }
}
