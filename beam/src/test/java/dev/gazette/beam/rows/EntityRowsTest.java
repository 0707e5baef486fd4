package dev.gazette.beam.rows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.beam.internal.SerialCoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

class EntityRowsTest {

    private static final int ENTITIES = 100;
    private static final int ARTICLES = 50;
    private static final int BOUND = 1_000;

    /**
     * The tallies reach the join one record per entity, each as large as that entity's counts
     * and forms: with every entity in one bucket, a sum per bucket would be one record holding
     * all 100 entities (kilobytes, growing with the corpus), which a runner that sorts
     * records in a bounded buffer (Flink) cannot take once the corpus is large.
     */
    @Test
    void theJoinReadsOneBoundedRecordPerEntityWhateverTheBuckets() {
        List<KV<String, EntityTally>> tallies = new ArrayList<>();
        Map<String, int[]> expected = new HashMap<>(); // id -> mentions, articles
        for (int a = 0; a < ARTICLES; a++) {
            for (int k = 0; k < 4; k++) {
                String id = String.format("entity-%04d", (a * 7 + k * 101) % ENTITIES);
                EntityTally t = new EntityTally();
                t.mention(id, "Form " + k);
                t.mention(id, "Form " + (k + 1));
                tallies.add(KV.of(id, t));
                int[] e = expected.computeIfAbsent(id, x -> new int[2]);
                e[0] += 2;
                e[1] += 1;
            }
        }
        EntityTally perBucket = new EntityTally();
        tallies.forEach(kv -> perBucket.add(kv.getValue()));
        assertThat(size(perBucket)).as("a sum per bucket, bytes").isGreaterThan(5 * BOUND);

        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        PCollection<KV<String, EntityTally>> in = p.apply(Create.of(tallies)
                .withCoder(KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(EntityTally.class))));
        PCollection<KV<Integer, EntityTally>> joined = EntityRows.bucketed("Buckets", EntityRows.sum(in),
                EntityTally.class, 1);
        PAssert.that(joined).satisfies(records -> {
            int count = 0;
            int largest = 0;
            for (KV<Integer, EntityTally> r : records) {
                count++;
                largest = Math.max(largest, size(r.getValue()));
                assertThat(r.getValue().entities()).hasSize(1);
                Map.Entry<String, EntityTally.Counts> only = r.getValue().entities().firstEntry();
                int[] e = expected.get(only.getKey());
                assertThat(new int[] {only.getValue().mentions, only.getValue().articles}).containsExactly(e);
            }
            assertThat(count).isEqualTo(expected.size());
            assertThat(largest).as("largest tally record, bytes").isLessThan(BOUND);
            return null;
        });
        p.run().waitUntilFinish();
    }

    private static int size(EntityTally t) {
        try {
            return CoderUtils.encodeToByteArray(SerialCoder.of(EntityTally.class), t).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
