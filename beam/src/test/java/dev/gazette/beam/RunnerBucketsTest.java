package dev.gazette.beam;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The default of {@code --buckets} follows the runner, and an explicit value wins. */
class RunnerBucketsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static int buckets(String... args) {
        PipelineOptionsFactory.register(GazetteOptions.class);
        return PipelineOptionsFactory.fromArgs(args).as(GazetteOptions.class).getBuckets();
    }

    @Test
    void theDirectRunnerGetsOneBucketPerCore() {
        assertThat(buckets("--runner=DirectRunner")).isEqualTo(CORES);
        assertThat(buckets()).as("the DirectRunner is Beam's default runner").isEqualTo(CORES);
    }

    @Test
    void flinkGetsFourBucketsPerTaskSlot() {
        assertThat(buckets("--runner=FlinkRunner", "--parallelism=25")).isEqualTo(100);
        assertThat(buckets("--runner=FlinkRunner", "--flinkMaster=[local]")).isEqualTo(4 * CORES);
        assertThat(buckets("--runner=FlinkRunner")).as("[auto], in this JVM").isEqualTo(4 * CORES);
        assertThat(buckets("--runner=FlinkRunner", "--flinkMaster=jobmanager:8081"))
                .as("a cluster whose parallelism the launcher does not know").isEqualTo(RunnerBuckets.CLUSTER);
    }

    @Test
    void otherRunnersGetTheClustersBuckets() {
        assertThat(RunnerBuckets.of("SparkRunner", 2)).isEqualTo(RunnerBuckets.CLUSTER);
        assertThat(RunnerBuckets.of("DirectRunner", 2)).isEqualTo(2);
    }

    @Test
    void anExplicitValueWins() {
        assertThat(buckets("--runner=DirectRunner", "--buckets=7")).isEqualTo(7);
        assertThat(buckets("--runner=FlinkRunner", "--parallelism=2", "--buckets=300")).isEqualTo(300);
    }
}
