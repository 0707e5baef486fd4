package dev.gazette.beam.names;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    /** A chain of 30 nodes in scrambled key order, a star, a pair and an isolated node. */
    static List<KV<String, String>> graph() {
        List<KV<String, String>> edges = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            edges.add(KV.of(chain(i), chain(i + 1)));
        }
        for (int i = 1; i <= 8; i++) {
            edges.add(KV.of("s" + i, "s0"));
        }
        edges.add(KV.of("p2", "p1"));
        edges.add(KV.of("alone", "alone"));
        return edges;
    }

    /** Chain node {@code i}: keys far from the chain order, so the smallest is in the middle. */
    static String chain(int i) {
        return String.format("c%02d", (i * 17) % 30);
    }

    @Test
    void everyNodeIsLabelledWithTheSmallestNodeOfItsComponent() {
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        ConnectedComponents cc = new ConnectedComponents(3, 6);
        PCollection<KV<String, String>> labels = p.apply(Create.of(graph())
                .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))).apply(cc);
        PAssert.that(labels).satisfies(ls -> {
            Map<String, String> got = new HashMap<>();
            ls.forEach(l -> got.put(l.getKey(), l.getValue()));
            assertThat(got).hasSize(30 + 9 + 2 + 1);
            for (int i = 0; i < 30; i++) {
                assertThat(got.get(chain(i))).as(chain(i)).isEqualTo("c00");
            }
            assertThat(got.get("s5")).isEqualTo("s0");
            assertThat(got.get("p2")).isEqualTo("p1");
            assertThat(got.get("alone")).isEqualTo("alone");
            return null;
        });
        PAssert.that(unsettled(p, cc)).satisfies(n -> {
            assertThat(n).containsExactly(0L);
            return null;
        });
        p.run().waitUntilFinish();
    }

    @Test
    void tooFewRoundsForALongChainAreReportedNotHidden() {
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        ConnectedComponents cc = new ConnectedComponents(3, 1);
        p.apply(Create.of(graph()).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))).apply(cc);
        PAssert.that(unsettled(p, cc)).satisfies(n -> {
            assertThat(n.iterator().next()).isPositive();
            return null;
        });
        p.run().waitUntilFinish();
    }

    private static PCollection<Long> unsettled(Pipeline p, ConnectedComponents cc) {
        PCollectionView<Long> view = cc.unsettled();
        return p.apply("Start", Impulse.create()).apply("Read", ParDo.of(new DoFn<byte[], Long>() {
            private static final long serialVersionUID = 1L;

            @ProcessElement
            public void process(ProcessContext c) {
                c.output(c.sideInput(view));
            }
        }).withSideInputs(view));
    }
}
