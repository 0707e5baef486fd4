package dev.gazette.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.api.Test;

/**
 * A join whose key holds more values than {@code CoGroupByKey} keeps in memory (10,000), read
 * side by side on Flink, which gives a group's values only once: with {@code CoGroupByKey} this
 * failed with "GBK result is not re-iterable" (Reuters-21578 with 8 buckets).
 */
class OnePassJoinTest {

    private static final int VALUES = 12_000;

    @Test
    void aLargeBucketIsJoinedOnFlink() {
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=FlinkRunner", "--flinkMaster=[local]",
                "--parallelism=1").create());
        List<KV<Integer, String>> labels = new ArrayList<>();
        List<KV<Integer, String>> values = new ArrayList<>();
        for (int i = 0; i < VALUES; i++) {
            labels.add(KV.of(1, "node" + i));
            values.add(KV.of(1, "value" + i));
        }
        KvCoder<Integer, String> coder = KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of());
        TupleTag<String> labelTag = new TupleTag<>();
        TupleTag<String> valueTag = new TupleTag<>();
        OnePassJoin.of("Join", labelTag, p.apply("Labels", Create.of(labels).withCoder(coder)),
                        valueTag, p.apply("Values", Create.of(values).withCoder(coder)))
                .apply("Sizes", ParDo.of(new SizesFn(labelTag, valueTag)));
        PipelineResult result = p.run();
        assertThat(result.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
        MetricQueryResults joined = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(OnePassJoinTest.class, "joined")).build());
        long total = 0;
        for (MetricResult<Long> c : joined.getCounters()) {
            total += c.getAttempted();
        }
        assertThat(total).as("labels and values read").isEqualTo(2L * VALUES);
    }

    /** Reads the labels, then the values, as the pipeline's lookups do, and counts them. */
    private static final class SizesFn extends DoFn<KV<Integer, CoGbkResult>, String> {
        private static final long serialVersionUID = 1L;
        private final Counter read = Metrics.counter(OnePassJoinTest.class, "joined");
        private final TupleTag<String> labelTag;
        private final TupleTag<String> valueTag;

        SizesFn(TupleTag<String> labelTag, TupleTag<String> valueTag) {
            this.labelTag = labelTag;
            this.valueTag = valueTag;
        }

        @ProcessElement
        public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<String> out) {
            int l = 0;
            for (String ignored : joined.getValue().getAll(labelTag)) {
                l++;
            }
            int v = 0;
            for (String ignored : joined.getValue().getAll(valueTag)) {
                v++;
            }
            read.inc(l + v);
            out.output(joined.getKey() + ": " + l + " labels, " + v + " values");
        }
    }
}
