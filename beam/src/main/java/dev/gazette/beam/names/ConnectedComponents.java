package dev.gazette.beam.names;

import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.internal.OnePassJoin;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Connected components of an undirected graph, distributed: the alternating large-star and
 * small-star contractions of Kiveris et al. (2014), each a grouping of the edges by node (spread
 * over buckets), for a fixed number of rounds; then each node's label is the smallest node of its
 * component. Every contraction keeps the components exactly (it only rewires edges inside one),
 * so a label is always a node of its own component; a check on the original edges (both ends must
 * carry one label) proves that the rounds were enough, and {@link #check} fails the job with a
 * message otherwise, rather than let an unfinished contraction split an entity.
 *
 * <p>Input: edges as pairs of node keys (a pair of a node with itself only declares the node);
 * output: every node with its component's label.
 */
public final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {

    private static final long serialVersionUID = 1L;

    private final int buckets;
    private final int rounds;
    private PCollectionView<Long> unsettled;

    /**
     * @param buckets how many buckets the nodes are spread over
     * @param rounds  how many large-star and small-star rounds run (each is two groupings)
     */
    public ConnectedComponents(int buckets, int rounds) {
        this.buckets = buckets;
        this.rounds = rounds;
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
        KvCoder<String, String> pair = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
        PCollection<KV<String, String>> current = edges;
        for (int r = 0; r < rounds; r++) {
            current = star(current, "LargeStar" + r, true, pair);
            current = star(current, "SmallStar" + r, false, pair);
        }
        PCollection<KV<String, String>> labels = current
                .apply("ByNodeForLabels", ParDo.of(new ByNodeFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), pair))
                .apply("GroupForLabels", GroupByKey.create())
                .apply("Labels", ParDo.of(new LabelFn()))
                .setCoder(pair);
        unsettled = check(edges, labels, buckets);
        return labels;
    }

    /**
     * How many original edges join nodes of different labels after the rounds (0 when the
     * contraction settled), as a side input; available once the transform is applied.
     */
    public PCollectionView<Long> unsettled() {
        return unsettled;
    }

    private PCollection<KV<String, String>> star(PCollection<KV<String, String>> edges, String name, boolean large,
                                                 KvCoder<String, String> pair) {
        return edges
                .apply(name + "ByNode", ParDo.of(new ByNodeFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), pair))
                .apply(name + "Group", GroupByKey.create())
                .apply(name, ParDo.of(new StarFn(large)))
                .setCoder(pair);
    }

    /** Each edge to the buckets of both its ends, as (node, neighbour). */
    static final class ByNodeFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        ByNodeFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<String, String> e, OutputReceiver<KV<Integer, KV<String, String>>> out) {
            out.output(KV.of(Buckets.of(e.getKey(), buckets), e));
            if (!e.getKey().equals(e.getValue())) {
                out.output(KV.of(Buckets.of(e.getValue(), buckets), KV.of(e.getValue(), e.getKey())));
            }
        }
    }

    /** The neighbours of every node of a bucket (a node's own key is not a neighbour). */
    static Map<String, TreeSet<String>> adjacency(Iterable<KV<String, String>> halfEdges) {
        Map<String, TreeSet<String>> adjacent = new HashMap<>();
        for (KV<String, String> e : halfEdges) {
            TreeSet<String> n = adjacent.computeIfAbsent(e.getKey(), k -> new TreeSet<>());
            if (!e.getKey().equals(e.getValue())) {
                n.add(e.getValue());
            }
        }
        return adjacent;
    }

    /** One contraction: large-star links each larger neighbour to the smallest node seen; small-star the smaller ones. */
    static final class StarFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
        private static final long serialVersionUID = 1L;
        private final boolean large;

        StarFn(boolean large) {
            this.large = large;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<KV<String, String>>> bucket,
                            OutputReceiver<KV<String, String>> out) {
            for (Map.Entry<String, TreeSet<String>> e : adjacency(bucket.getValue()).entrySet()) {
                String u = e.getKey();
                TreeSet<String> n = e.getValue();
                out.output(KV.of(u, u));
                if (n.isEmpty()) {
                    continue;
                }
                String m = n.first().compareTo(u) < 0 ? n.first() : u;
                if (large) {
                    for (String v : n.tailSet(u, false)) {
                        out.output(edge(v, m));
                    }
                } else if (m.compareTo(u) < 0) {
                    for (String v : n.headSet(u, false)) {
                        if (!v.equals(m)) {
                            out.output(edge(v, m));
                        }
                    }
                    out.output(edge(u, m));
                }
            }
        }
    }

    private static KV<String, String> edge(String a, String b) {
        return a.compareTo(b) <= 0 ? KV.of(a, b) : KV.of(b, a);
    }

    /** Each node's label: the smallest of itself and its neighbours (its star's centre, once settled). */
    static final class LabelFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<KV<String, String>>> bucket,
                            OutputReceiver<KV<String, String>> out) {
            for (Map.Entry<String, TreeSet<String>> e : adjacency(bucket.getValue()).entrySet()) {
                String u = e.getKey();
                String m = e.getValue().isEmpty() || e.getValue().first().compareTo(u) > 0 ? u : e.getValue().first();
                out.output(KV.of(u, m));
            }
        }
    }

    /** Counts the original edges whose ends got different labels. */
    static PCollectionView<Long> check(PCollection<KV<String, String>> edges, PCollection<KV<String, String>> labels,
                                       int buckets) {
        // (a, b) -> (b, label(a)) -> (label(a), label(b))
        return lookup(lookup(edges, labels, buckets, "CheckFirst"), labels, buckets, "CheckSecond")
                .apply("Unsettled", ParDo.of(new DoFn<KV<String, String>, Long>() {
                    private static final long serialVersionUID = 1L;

                    @ProcessElement
                    public void process(@Element KV<String, String> e, OutputReceiver<Long> out) {
                        out.output(e.getKey().equals(e.getValue()) ? 0L : 1L);
                    }
                }))
                .setCoder(VarLongCoder.of())
                .apply("CountUnsettled", Combine.globally(Sum.ofLongs()))
                .apply("UnsettledView", View.asSingleton());
    }

    /**
     * Looks up the label of each pair's node: {@code (node, value)} becomes {@code (value, label(node))},
     * joined bucket by bucket.
     */
    public static PCollection<KV<String, String>> lookup(PCollection<KV<String, String>> keyed,
                                                         PCollection<KV<String, String>> labels, int buckets,
                                                         String name) {
        KvCoder<String, String> pair = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
        TupleTag<KV<String, String>> valueTag = new TupleTag<>();
        TupleTag<KV<String, String>> labelTag = new TupleTag<>();
        PCollection<KV<Integer, KV<String, String>>> values = keyed
                .apply(name + "Values", ParDo.of(new ToBucketFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), pair));
        PCollection<KV<Integer, KV<String, String>>> labelled = labels
                .apply(name + "Labels", ParDo.of(new ToBucketFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), pair));
        return OnePassJoin.of(name + "Join", valueTag, values, labelTag, labelled)
                .apply(name + "Lookup", ParDo.of(new LookupFn(valueTag, labelTag)))
                .setCoder(pair);
    }

    /** Keys a (node, x) pair by the node's bucket. */
    static final class ToBucketFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        ToBucketFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<String, String> e, OutputReceiver<KV<Integer, KV<String, String>>> out) {
            out.output(KV.of(Buckets.of(e.getKey(), buckets), e));
        }
    }

    /** For each (node, value) of a bucket: (value, label(node)). */
    static final class LookupFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<KV<String, String>> valueTag;
        private final TupleTag<KV<String, String>> labelTag;

        LookupFn(TupleTag<KV<String, String>> valueTag, TupleTag<KV<String, String>> labelTag) {
            this.valueTag = valueTag;
            this.labelTag = labelTag;
        }

        @ProcessElement
        public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
            Map<String, String> label = new HashMap<>();
            for (KV<String, String> l : joined.getValue().getAll(labelTag)) {
                label.put(l.getKey(), l.getValue());
            }
            for (KV<String, String> v : joined.getValue().getAll(valueTag)) {
                String l = label.get(v.getKey());
                if (l == null) {
                    throw new IllegalStateException("node " + v.getKey() + " has no component label");
                }
                out.output(KV.of(v.getValue(), l));
            }
        }
    }
}
