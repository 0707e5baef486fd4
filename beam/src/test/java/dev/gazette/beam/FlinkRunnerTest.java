package dev.gazette.beam;

import static dev.gazette.beam.testing.Equivalence.SEEDS;
import static dev.gazette.beam.testing.Equivalence.assertSame;
import static dev.gazette.beam.testing.Equivalence.mixedCorpus;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 3: the same job on a real engine, Apache Flink (the Beam Flink runner on an
 * in-process mini-cluster with two task slots), gives the dataset {@code gazette export} writes,
 * so nothing relies on the DirectRunner's behaviour. Kept small: the mini-cluster costs more to
 * start than the corpus to process.
 */
class FlinkRunnerTest {

    @TempDir
    Path tmp;

    @Test
    void theFlinkRunnerOnALocalMiniClusterGivesTheLocalExportsDataset() throws Exception {
        assertSame(tmp, List.of(SEEDS.toString(), mixedCorpus(tmp, 40).toString()),
                new GazettePipeline.Sharding(10, 10, 4, 4), "--runner=FlinkRunner", "--flinkMaster=[local]",
                "--parallelism=2");
    }
}
