package dev.gazette.beam;

import static dev.gazette.beam.testing.Equivalence.SEEDS;
import static dev.gazette.beam.testing.Equivalence.assertSame;
import static dev.gazette.beam.testing.Equivalence.mixedCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 2: the Beam pipeline's dataset, merged, is the dataset {@code gazette export}
 * writes, file for file and byte for byte (so every table holds the same rows, in the same
 * order), on the DirectRunner.
 */
class ExportEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void theSeedsGiveTheLocalExportsDataset() throws Exception {
        assertSame(tmp, List.of(SEEDS.toString()), new GazettePipeline.Sharding(2, 10, 3, 4), "--runner=DirectRunner");
    }

    @Test
    void aGeneratedCorpusWithDuplicateIdsAndBadRecordsGivesTheLocalExportsDataset() throws Exception {
        Map<String, String> files = assertSame(tmp, List.of(mixedCorpus(tmp, 60).toString()),
                new GazettePipeline.Sharding(20, 10, 3, 4), "--runner=DirectRunner");
        assertThat(files.get("findings.csv")).contains("duplicate-id").contains("malformed-record");
        assertThat(files.get("entities.csv").lines().count()).isGreaterThan(10);
    }
}
