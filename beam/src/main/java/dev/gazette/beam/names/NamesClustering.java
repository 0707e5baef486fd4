package dev.gazette.beam.names;

import dev.gazette.analysis.names.NameClustering;
import dev.gazette.analysis.names.NameClustering.Definition;
import dev.gazette.analysis.names.NameClustering.FormCounts;
import dev.gazette.analysis.names.NameClustering.Link;
import dev.gazette.analysis.names.NameClustering.NodeId;
import dev.gazette.analysis.names.NameClustering.RegistryName;
import dev.gazette.analysis.names.NameClustering.Together;
import dev.gazette.beam.corpus.StatisticCombineFn;
import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The names statistic, clustered so that no worker needs every distinct form of the corpus
 * ({@link NameClustering} has the steps' logic; this transform spreads them):
 * <ol>
 *   <li>the statistic's accumulator parts, by bucket of their key, combined with the statistic's
 *       own {@code combine} (a form's counts end up on one worker);</li>
 *   <li>blocking: every form and registry name under each of its blocking keys; the blocks,
 *       grouped by bucket, give their candidate links (the pair decisions);</li>
 *   <li>the links, a registry entry's names, acronyms and their long forms, and one-word names
 *       and the full names ending in them make a graph whose connected components
 *       ({@link ConnectedComponents}) are the groups that can share an entity;</li>
 *   <li>each group is resolved on its own, the drafts named per slug family, and the named
 *       entities assembled into the statistic's result, the side input of the per-article step.</li>
 * </ol>
 * Input: the names accumulator parts by bucket; output: the statistic's result (one element).
 */
public final class NamesClustering extends PTransform<PCollection<KV<Integer, Serializable>>, PCollection<Serializable>> {

    private static final long serialVersionUID = 1L;

    private final StepSpec spec;
    private final int statistic;
    private final int buckets;
    private final int rounds;

    /**
     * @param spec      the step
     * @param statistic the names statistic's index among the step's statistics
     * @param buckets   how many buckets keys are spread over
     * @param rounds    connected-components rounds
     */
    public NamesClustering(StepSpec spec, int statistic, int buckets, int rounds) {
        this.spec = spec;
        this.statistic = statistic;
        this.buckets = buckets;
        this.rounds = rounds;
    }

    static final TupleTag<FormCounts> FORMS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<Definition> DEFINITIONS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<Together> TOGETHER = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private static NameClustering clustering(StepSpec spec) {
        return Steps.clustering(spec);
    }

    @Override
    public PCollection<Serializable> expand(PCollection<KV<Integer, Serializable>> parts) {
        KvCoder<String, String> pair = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
        PCollectionTuple facts = parts
                .apply("CombinePerBucket", Combine.perKey(new StatisticCombineFn(spec, statistic, false)))
                .apply("Facts", ParDo.of(new FactsFn(spec))
                        .withOutputTags(FORMS, TupleTagList.of(DEFINITIONS).and(TOGETHER)));
        PCollection<FormCounts> forms = facts.get(FORMS).setCoder(SerializableCoder.of(FormCounts.class));
        PCollection<Definition> definitions = facts.get(DEFINITIONS).setCoder(SerializableCoder.of(Definition.class));
        PCollection<Together> together = facts.get(TOGETHER).setCoder(SerializableCoder.of(Together.class));
        PCollection<RegistryName> registry = parts.getPipeline()
                .apply("RegistryStart", Impulse.create())
                .apply("RegistryNames", ParDo.of(new RegistryFn(spec)))
                .setCoder(SerializableCoder.of(RegistryName.class));

        // blocks -> links
        PCollection<Link> links = PCollectionList
                .of(forms.apply("FormBlocks", ParDo.of(new FormBlocksFn(spec, buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(BlockEntry.class))))
                .and(registry.apply("RegistryBlocks", ParDo.of(new RegistryBlocksFn(buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(BlockEntry.class))))
                .apply("AllBlockEntries", Flatten.pCollections())
                .apply("GroupBlocks", GroupByKey.create())
                .apply("Links", ParDo.of(new LinksFn(spec)))
                .setCoder(SerializableCoder.of(Link.class));

        // the graph and its components
        PCollection<KV<Integer, SurnameEntry>> surnames = PCollectionList
                .of(forms.apply("FormSurnames", ParDo.of(new FormSurnamesFn(spec, buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(SurnameEntry.class))))
                .and(registry.apply("RegistrySurnames", ParDo.of(new RegistrySurnamesFn(buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(SurnameEntry.class))))
                .apply("AllSurnames", Flatten.pCollections());
        PCollection<KV<String, String>> edges = PCollectionList
                .of(links.apply("LinkEdges", ParDo.of(new LinkEdgesFn())).setCoder(pair))
                .and(forms.apply("FormNodes", ParDo.of(new FormNodeFn())).setCoder(pair))
                .and(parts.getPipeline().apply("RegistryEdgesStart", Impulse.create())
                        .apply("RegistryEdges", ParDo.of(new RegistryEdgesFn(spec))).setCoder(pair))
                .and(definitions.apply("DefinitionEdges", ParDo.of(new DefinitionEdgesFn())).setCoder(pair))
                .and(surnames.apply("GroupSurnames", GroupByKey.create())
                        .apply("SurnameEdges", ParDo.of(new SurnameEdgesFn())).setCoder(pair))
                .apply("AllEdges", Flatten.pCollections());
        ConnectedComponents components = new ConnectedComponents(buckets, rounds);
        PCollection<KV<String, String>> labels = edges.apply("Components", components);

        // each group's items, by label -> drafts -> named per slug family -> index
        PCollection<KV<String, GroupItem>> items = PCollectionList
                .of(forms.apply("FormItems", ParDo.of(new ItemFn<FormCounts>(f -> NodeId.form(f.surface()).key(),
                        GroupItem::of))).setCoder(itemCoder()))
                .and(registry.apply("RegistryItems", ParDo.of(new ItemFn<RegistryName>(
                        r -> NodeId.registry(r.index()).key(), r -> GroupItem.of(r.index())))).setCoder(itemCoder()))
                .and(links.apply("LinkItems", ParDo.of(new ItemFn<Link>(l -> l.a().key(), GroupItem::of)))
                        .setCoder(itemCoder()))
                .and(definitions.apply("DefinitionItems", ParDo.of(new ItemFn<Definition>(
                        d -> NodeId.form(d.acronym()).key(), GroupItem::of))).setCoder(itemCoder()))
                .and(together.apply("TogetherItems", ParDo.of(new ItemFn<Together>(
                        t -> NodeId.form(t.first()).key(), GroupItem::of))).setCoder(itemCoder()))
                .apply("AllItems", Flatten.pCollections());
        PCollectionView<Long> unsettled = components.unsettled();
        PCollectionView<List<NameClustering.Named>> named = route(items, labels)
                .apply("GroupsByBucket", GroupByKey.create())
                .apply("Resolve", ParDo.of(new ResolveFn(spec, buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(NameClustering.Draft.class)))
                .apply("DraftsByFamily", GroupByKey.create())
                .apply("Name", ParDo.of(new NameFn()))
                .setCoder(SerializableCoder.of(NameClustering.Named.class))
                .apply("NamedView", View.asList());
        return parts.getPipeline()
                .apply("IndexStart", Impulse.create())
                .apply("Index", ParDo.of(new IndexFn(spec, named, unsettled, rounds)).withSideInputs(named, unsettled))
                .setCoder(SerializableCoder.of(Serializable.class));
    }

    private static KvCoder<String, GroupItem> itemCoder() {
        return KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(GroupItem.class));
    }

    /** Keys each item by the bucket of its group's label. */
    private PCollection<KV<Integer, KV<String, GroupItem>>> route(PCollection<KV<String, GroupItem>> items,
                                                                  PCollection<KV<String, String>> labels) {
        TupleTag<KV<String, GroupItem>> itemTag = new TupleTag<>();
        TupleTag<KV<String, String>> labelTag = new TupleTag<>();
        PCollection<KV<Integer, KV<String, GroupItem>>> byNode = items
                .apply("ItemsByNodeBucket", ParDo.of(new NodeBucketFn<GroupItem>(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), itemCoder()));
        PCollection<KV<Integer, KV<String, String>>> labelsByNode = labels
                .apply("LabelsByNodeBucket", ParDo.of(new NodeBucketFn<String>(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
        return KeyedPCollectionTuple.of(itemTag, byNode).and(labelTag, labelsByNode)
                .apply("JoinLabels", CoGroupByKey.create())
                .apply("ByGroup", ParDo.of(new ByGroupFn(itemTag, labelTag, buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), itemCoder()));
    }

    // ------------------------------------------------------------------ steps

    /** One bucket's combined accumulator: its forms, definitions and pairs. */
    static final class FactsFn extends DoFn<KV<Integer, Serializable>, FormCounts> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        FactsFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Serializable> bucket, MultiOutputReceiver out) {
            NameClustering.Facts f = clustering(spec).facts(bucket.getValue());
            f.forms().forEach(x -> out.get(FORMS).output(x));
            f.definitions().forEach(x -> out.get(DEFINITIONS).output(x));
            f.together().forEach(x -> out.get(TOGETHER).output(x));
        }
    }

    /** The registry's names, with their blocks and surname words. */
    static final class RegistryFn extends DoFn<byte[], RegistryName> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        RegistryFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(OutputReceiver<RegistryName> out) {
            clustering(spec).registryNames().forEach(out::output);
        }
    }

    /**
     * A node under one of its blocking keys.
     *
     * @param block the block
     * @param node  the node
     * @param form  a corpus form's counts, {@code null} for a registry name
     */
    record BlockEntry(long block, NodeId node, FormCounts form) implements Serializable {
    }

    static final class FormBlocksFn extends DoFn<FormCounts, KV<Integer, BlockEntry>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;

        FormBlocksFn(StepSpec spec, int buckets) {
            this.spec = spec;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<KV<Integer, BlockEntry>> out) {
            for (long b : clustering(spec).blocks(f)) {
                out.output(KV.of(Buckets.of(b, buckets), new BlockEntry(b, NodeId.form(f.surface()), f)));
            }
        }
    }

    static final class RegistryBlocksFn extends DoFn<RegistryName, KV<Integer, BlockEntry>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        RegistryBlocksFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element RegistryName r, OutputReceiver<KV<Integer, BlockEntry>> out) {
            for (long b : r.blocks()) {
                out.output(KV.of(Buckets.of(b, buckets), new BlockEntry(b, NodeId.registry(r.index()), null)));
            }
        }
    }

    /** The links of every block of a bucket. */
    static final class LinksFn extends DoFn<KV<Integer, Iterable<BlockEntry>>, Link> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        LinksFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<BlockEntry>> bucket, OutputReceiver<Link> out) {
            Map<Long, List<NodeId>> blocks = new TreeMap<>();
            Map<String, FormCounts> forms = new HashMap<>();
            for (BlockEntry e : bucket.getValue()) {
                blocks.computeIfAbsent(e.block(), k -> new ArrayList<>()).add(e.node());
                if (e.form() != null) {
                    forms.put(e.form().surface(), e.form());
                }
            }
            NameClustering c = clustering(spec);
            blocks.forEach((b, members) -> c.links(b, members, forms).forEach(out::output));
        }
    }

    /**
     * A node by its surname word.
     *
     * @param word   the word
     * @param node   the node
     * @param source whether it is a one-word name (else a full name ending in the word)
     */
    record SurnameEntry(String word, NodeId node, boolean source) implements Serializable {
    }

    static final class FormSurnamesFn extends DoFn<FormCounts, KV<Integer, SurnameEntry>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;

        FormSurnamesFn(StepSpec spec, int buckets) {
            this.spec = spec;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<KV<Integer, SurnameEntry>> out) {
            NameClustering.SurnameWord w = clustering(spec).surnameWord(f);
            if (w != null) {
                out.output(KV.of(Buckets.of(w.word(), buckets), new SurnameEntry(w.word(), NodeId.form(f.surface()),
                        w.source())));
            }
        }
    }

    static final class RegistrySurnamesFn extends DoFn<RegistryName, KV<Integer, SurnameEntry>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        RegistrySurnamesFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element RegistryName r, OutputReceiver<KV<Integer, SurnameEntry>> out) {
            if (r.surnameWord() != null) {
                out.output(KV.of(Buckets.of(r.surnameWord(), buckets),
                        new SurnameEntry(r.surnameWord(), NodeId.registry(r.index()), false)));
            }
        }
    }

    /** Joins a one-word name to every full name ending in its word (a star on the first). */
    static final class SurnameEdgesFn extends DoFn<KV<Integer, Iterable<SurnameEntry>>, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<SurnameEntry>> bucket, OutputReceiver<KV<String, String>> out) {
            Map<String, List<NodeId>> byWord = new HashMap<>();
            Map<String, Boolean> source = new HashMap<>();
            for (SurnameEntry e : bucket.getValue()) {
                byWord.computeIfAbsent(e.word(), k -> new ArrayList<>()).add(e.node());
                source.merge(e.word(), e.source(), Boolean::logicalOr);
            }
            byWord.forEach((word, nodes) -> {
                if (source.get(word) && nodes.size() > 1) {
                    for (NodeId n : nodes) {
                        out.output(KV.of(nodes.get(0).key(), n.key()));
                    }
                }
            });
        }
    }

    static final class LinkEdgesFn extends DoFn<Link, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element Link l, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(l.a().key(), l.b().key()));
        }
    }

    /** Declares every corpus form a node (one with no link is a group of its own). */
    static final class FormNodeFn extends DoFn<FormCounts, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<KV<String, String>> out) {
            String k = NodeId.form(f.surface()).key();
            out.output(KV.of(k, k));
        }
    }

    /** Every registry name is a node, and a registry entry's names belong together: each to the next. */
    static final class RegistryEdgesFn extends DoFn<byte[], KV<String, String>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        RegistryEdgesFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(OutputReceiver<KV<String, String>> out) {
            RegistryName previous = null;
            for (RegistryName r : clustering(spec).registryNames()) {
                String k = NodeId.registry(r.index()).key();
                out.output(KV.of(k, k));
                if (previous != null && previous.entry() == r.entry()) {
                    out.output(KV.of(NodeId.registry(previous.index()).key(), k));
                }
                previous = r;
            }
        }
    }

    static final class DefinitionEdgesFn extends DoFn<Definition, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element Definition d, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(NodeId.form(d.acronym()).key(), NodeId.form(d.longForm()).key()));
        }
    }

    /** Keys an item by its node. */
    static final class ItemFn<T> extends DoFn<T, KV<String, GroupItem>> {
        private static final long serialVersionUID = 1L;
        private final org.apache.beam.sdk.transforms.SerializableFunction<T, String> node;
        private final org.apache.beam.sdk.transforms.SerializableFunction<T, GroupItem> item;

        ItemFn(org.apache.beam.sdk.transforms.SerializableFunction<T, String> node,
               org.apache.beam.sdk.transforms.SerializableFunction<T, GroupItem> item) {
            this.node = node;
            this.item = item;
        }

        @ProcessElement
        public void process(@Element T x, OutputReceiver<KV<String, GroupItem>> out) {
            out.output(KV.of(node.apply(x), item.apply(x)));
        }
    }

    static final class NodeBucketFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        NodeBucketFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<String, V> e, OutputReceiver<KV<Integer, KV<String, V>>> out) {
            out.output(KV.of(Buckets.of(e.getKey(), buckets), e));
        }
    }

    /** Gives each item its group's label, keyed by the label's bucket. */
    static final class ByGroupFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, GroupItem>>> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<KV<String, GroupItem>> itemTag;
        private final TupleTag<KV<String, String>> labelTag;
        private final int buckets;

        ByGroupFn(TupleTag<KV<String, GroupItem>> itemTag, TupleTag<KV<String, String>> labelTag, int buckets) {
            this.itemTag = itemTag;
            this.labelTag = labelTag;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<Integer, CoGbkResult> joined,
                            OutputReceiver<KV<Integer, KV<String, GroupItem>>> out) {
            Map<String, String> label = new HashMap<>();
            for (KV<String, String> l : joined.getValue().getAll(labelTag)) {
                label.put(l.getKey(), l.getValue());
            }
            for (KV<String, GroupItem> item : joined.getValue().getAll(itemTag)) {
                String l = label.get(item.getKey());
                if (l == null) {
                    throw new IllegalStateException("name node " + item.getKey() + " is in no group");
                }
                out.output(KV.of(Buckets.of(l, buckets), KV.of(l, item.getValue())));
            }
        }
    }

    /** Resolves every group of a bucket; drafts go out by the bucket of their slug family. */
    static final class ResolveFn extends DoFn<KV<Integer, Iterable<KV<String, GroupItem>>>, KV<Integer, NameClustering.Draft>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;

        ResolveFn(StepSpec spec, int buckets) {
            this.spec = spec;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<KV<String, GroupItem>>> bucket,
                            OutputReceiver<KV<Integer, NameClustering.Draft>> out) {
            Map<String, Group> groups = new TreeMap<>();
            for (KV<String, GroupItem> e : bucket.getValue()) {
                Group g = groups.computeIfAbsent(e.getKey(), k -> new Group());
                GroupItem i = e.getValue();
                if (i.form() != null) {
                    g.forms.add(i.form());
                } else if (i.registry() != null) {
                    g.registry.add(i.registry());
                } else if (i.link() != null) {
                    g.links.add(i.link());
                } else if (i.definition() != null) {
                    g.definitions.add(i.definition());
                } else {
                    g.together.add(i.together());
                }
            }
            NameClustering c = clustering(spec);
            for (Group g : groups.values()) {
                for (NameClustering.Draft d : c.resolve(g.forms, g.registry, g.links, g.definitions, g.together)) {
                    out.output(KV.of(Buckets.of(NameClustering.slugFamily(d.slug()), buckets), d));
                }
            }
        }
    }

    /** What one group holds. */
    static final class Group {
        final List<FormCounts> forms = new ArrayList<>();
        final List<Integer> registry = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Definition> definitions = new ArrayList<>();
        final List<Together> together = new ArrayList<>();
    }

    /** Names the drafts of every slug family of a bucket. */
    static final class NameFn extends DoFn<KV<Integer, Iterable<NameClustering.Draft>>, NameClustering.Named> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<NameClustering.Draft>> bucket,
                            OutputReceiver<NameClustering.Named> out) {
            Map<String, List<NameClustering.Draft>> families = new TreeMap<>();
            for (NameClustering.Draft d : bucket.getValue()) {
                families.computeIfAbsent(NameClustering.slugFamily(d.slug()), k -> new ArrayList<>()).add(d);
            }
            families.values().forEach(f -> NameClustering.name(f).forEach(out::output));
        }
    }

    /** The statistic's result, once the components are known to have settled. */
    static final class IndexFn extends DoFn<byte[], Serializable> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final PCollectionView<List<NameClustering.Named>> named;
        private final PCollectionView<Long> unsettled;
        private final int rounds;

        IndexFn(StepSpec spec, PCollectionView<List<NameClustering.Named>> named, PCollectionView<Long> unsettled,
                int rounds) {
            this.spec = spec;
            this.named = named;
            this.unsettled = unsettled;
            this.rounds = rounds;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            long open = c.sideInput(unsettled);
            if (open > 0) {
                throw new IllegalStateException("the names graph did not settle into its connected components in "
                        + rounds + " rounds (" + open + " links still join groups): run again with --componentRounds="
                        + (2 * rounds));
            }
            c.output(clustering(spec).index(new ArrayList<>(c.sideInput(named))));
        }
    }
}
