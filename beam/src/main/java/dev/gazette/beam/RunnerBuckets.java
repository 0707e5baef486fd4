package dev.gazette.beam;

import java.util.Locale;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The default of {@code --buckets}, from the runner that runs the job, so that nobody has to
 * know it to run the job well on one machine or on a cluster.
 *
 * <ul>
 *   <li>The DirectRunner pays for every group of a keyed step (it keeps each group's values in
 *       memory and copies them as more arrive), so it gets as many buckets as the machine has
 *       cores: a keyed step still uses every core. With the cluster's 512 it did not finish
 *       1 MB in 8.5 minutes (docs/beam.md, Measured).</li>
 *   <li>Flink gets {@value #PER_SLOT} buckets per task slot: the job's {@code --parallelism},
 *       or, when Flink runs in this JVM ({@code --flinkMaster=[local]}, or {@code [auto]} without
 *       a parallelism), the cores of this machine, which is what Flink's local mini-cluster uses.
 *       A few buckets per slot even out buckets of unequal size.</li>
 *   <li>Any other runner (Spark, whose parallelism is set by the cluster): {@value #CLUSTER}, about
 *       4 per core of a 128-core cluster.</li>
 * </ul>
 *
 * The number of buckets never changes the dataset, only how the work is spread.
 */
public final class RunnerBuckets implements DefaultValueFactory<Integer> {

    /** Buckets per task slot of a Flink job. */
    static final int PER_SLOT = 4;
    /** Buckets when the runner's parallelism is not known where the job is launched. */
    static final int CLUSTER = 512;

    @Override
    public Integer create(PipelineOptions options) {
        String runner = options.getRunner() == null ? "" : options.getRunner().getSimpleName();
        int cores = Runtime.getRuntime().availableProcessors();
        if (runner.toLowerCase(Locale.ROOT).contains("flink")) {
            FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
            return forFlink(flink.getParallelism(), flink.getFlinkMaster(), cores);
        }
        return of(runner, cores);
    }

    /** The buckets of a runner other than Flink, by its class's simple name, on a machine of {@code cores}. */
    static int of(String runner, int cores) {
        return runner.equals("DirectRunner") ? Math.max(1, cores) : CLUSTER;
    }

    /**
     * The buckets of a Flink job.
     *
     * @param parallelism the job's {@code --parallelism} (null or below 1 when not given)
     * @param master      the job's {@code --flinkMaster}
     * @param cores       the cores of the machine that launches the job
     */
    static int forFlink(Integer parallelism, String master, int cores) {
        if (parallelism != null && parallelism > 0) {
            return PER_SLOT * parallelism;
        }
        if (master == null || master.equals("[local]") || master.equals(FlinkPipelineOptions.AUTO)) {
            return PER_SLOT * Math.max(1, cores);
        }
        return CLUSTER;
    }
}
