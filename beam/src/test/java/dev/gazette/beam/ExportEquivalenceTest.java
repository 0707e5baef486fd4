package dev.gazette.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.testing.Generated;
import dev.gazette.beam.testing.Runs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 2: the Beam pipeline's dataset, merged, is the dataset {@code gazette export}
 * writes, file for file and byte for byte (so every table holds the same rows, in the same
 * order), on the DirectRunner.
 */
class ExportEquivalenceTest {

    static final Path SEEDS = Path.of("../seeds");

    @TempDir
    Path tmp;

    @Test
    void theSeedsGiveTheLocalExportsDataset() throws Exception {
        assertSame(List.of(SEEDS.toString()), new GazettePipeline.Sharding(2, 10, 3));
    }

    @Test
    void aGeneratedCorpusWithDuplicateIdsAndBadRecordsGivesTheLocalExportsDataset() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Generated.jsonl(corpus.resolve("a/gen.jsonl"), 11, 120);
        Generated.jsonl(corpus.resolve("b/gen.jsonl"), 11, 30);
        Files.writeString(corpus.resolve("b/bad.jsonl"), "{\"id\": \"g00000003\", \"text\": \"A record whose id"
                + " is taken.\"}\n{broken\n{\"id\": \"g00000003-2\", \"text\": \"A record whose id is a candidate.\"}\n");
        assertSame(List.of(corpus.toString()), new GazettePipeline.Sharding(40, 10, 3));
    }

    private void assertSame(List<String> inputs, GazettePipeline.Sharding sharding) throws Exception {
        Path local = tmp.resolve("local");
        List<String> args = new ArrayList<>(inputs);
        args.addAll(Arrays.asList("--out", local.toString()));
        Runs.export(args);

        String sharded = tmp.resolve("sharded").toString();
        assertThat(Runs.beam(InputSpec.of(inputs), sharded, sharding, "--runner=DirectRunner"))
                .isEqualTo(PipelineResult.State.DONE);
        Path merged = tmp.resolve("merged");
        Runs.merge(sharded, merged);

        Map<String, String> expected = Runs.files(local);
        Map<String, String> actual = Runs.files(merged);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String f : expected.keySet()) {
            assertThat(actual.get(f)).as(f).isEqualTo(expected.get(f));
        }
        assertThat(expected.get("articles.csv").lines().count()).isGreaterThan(3);
    }
}
