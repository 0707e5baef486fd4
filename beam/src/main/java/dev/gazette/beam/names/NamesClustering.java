package dev.gazette.beam.names;

import dev.gazette.analysis.names.NameClustering;
import dev.gazette.analysis.names.NameClustering.Candidate;
import dev.gazette.analysis.names.NameClustering.Definition;
import dev.gazette.analysis.names.NameClustering.FormCounts;
import dev.gazette.analysis.names.NameClustering.NodeId;
import dev.gazette.analysis.names.NameClustering.Pair;
import dev.gazette.analysis.names.NameClustering.RegistryName;
import dev.gazette.analysis.names.NameClustering.Together;
import dev.gazette.beam.corpus.StatisticCombineFn;
import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.internal.OnePassJoin;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The names statistic, clustered so that no worker needs every distinct form of the corpus to
 * decide ({@link NameClustering} has the steps' logic; this transform spreads them):
 * <ol>
 *   <li>the statistic's accumulator parts (counts and context sketches), by bucket of their key,
 *       combined with the statistic's own {@code combine} (a form's counts end up on one worker);</li>
 *   <li>candidate pairs: every form and registry name under each of its blocks, the blocks grouped
 *       by bucket; and every name under its containment key beside the longer names that look the
 *       key up, grouped likewise;</li>
 *   <li>each distinct pair, joined with the articles that write both forms, weighed: its
 *       comparison levels; the count of each level code, a {@code CombineFn}, fits the match
 *       model (the corpus's share of matches), a small side input;</li>
 *   <li>the pairs that can join groups (above the link probability, or one name inside
 *       another), a registry entry's names and acronyms with their long forms make a graph whose
 *       connected components ({@link ConnectedComponents}) are the groups that can share an
 *       entity;</li>
 *   <li>each group is resolved on its own with the fitted model, the drafts named per slug family,
 *       and the outcome (entities, forms with their contexts, the fit) is the side input from which
 *       each worker makes the statistic's result.</li>
 * </ol>
 * Input: the names accumulator parts by bucket; output: the clustering's {@link NameClustering.Result}
 * (one element).
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
        PCollection<FormCounts> forms = facts.get(FORMS).setCoder(SerialCoder.of(FormCounts.class));
        PCollection<Definition> definitions = facts.get(DEFINITIONS).setCoder(SerialCoder.of(Definition.class));
        PCollection<Together> together = facts.get(TOGETHER).setCoder(SerialCoder.of(Together.class));
        PCollection<RegistryName> registry = parts.getPipeline()
                .apply("RegistryStart", Impulse.create())
                .apply("RegistryNames", ParDo.of(new RegistryFn(spec)))
                .setCoder(SerialCoder.of(RegistryName.class));

        // what the decisions read beside the pair: registry names the corpus writes, word counts
        PCollectionView<List<String>> written = forms
                .apply("WrittenRegistryNames", ParDo.of(new WrittenFn(spec)))
                .setCoder(StringUtf8Coder.of())
                .apply("DistinctWritten", Distinct.create())
                .apply("WrittenView", View.asList());
        PCollectionView<Map<String, Integer>> wordMentions = forms
                .apply("Words", ParDo.of(new WordsFn(spec)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of()))
                .apply("WordMentions", Sum.integersPerKey())
                .apply("WordMentionsView", View.asMap());

        // candidate pairs: blocks, and names inside longer names
        KvCoder<Integer, PairEntry> pairCoder = KvCoder.of(VarIntCoder.of(), SerialCoder.of(PairEntry.class));
        PCollection<KV<Integer, PairEntry>> blockPairs = PCollectionList
                .of(forms.apply("FormBlocks", ParDo.of(new FormBlocksFn(spec, buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(BlockEntry.class))))
                .and(registry.apply("RegistryBlocks", ParDo.of(new RegistryBlocksFn(buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(BlockEntry.class))))
                .apply("AllBlockEntries", Flatten.pCollections())
                .apply("GroupBlocks", GroupByKey.create())
                .apply("BlockPairs", ParDo.of(new BlockPairsFn(spec, buckets)))
                .setCoder(pairCoder);
        PCollection<KV<Integer, PairEntry>> containedPairs = PCollectionList
                .of(forms.apply("FormContainment", ParDo.of(new FormContainmentFn(spec, buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(ContainmentEntry.class))))
                .and(registry.apply("RegistryContainment", ParDo.of(new RegistryContainmentFn(buckets)))
                        .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(ContainmentEntry.class))))
                .apply("AllContainmentEntries", Flatten.pCollections())
                .apply("GroupContainment", GroupByKey.create())
                .apply("ContainmentPairs", ParDo.of(new ContainmentPairsFn(buckets)))
                .setCoder(pairCoder);
        PCollection<KV<Integer, PairEntry>> pairs = PCollectionList.of(blockPairs).and(containedPairs)
                .apply("AllPairs", Flatten.pCollections());
        PCollection<KV<Integer, Together>> togetherByPair = together
                .apply("TogetherByPair", ParDo.of(new TogetherBucketFn(buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(Together.class)));
        TupleTag<PairEntry> pairTag = new TupleTag<>();
        TupleTag<Together> togetherTag = new TupleTag<>();
        PCollection<Candidate> candidates = OnePassJoin.of("JoinTogether", pairTag, pairs, togetherTag, togetherByPair)
                .apply("Weigh", ParDo.of(new WeighFn(spec, pairTag, togetherTag, written)).withSideInputs(written))
                .setCoder(SerialCoder.of(Candidate.class));

        // the fit, from the count of each level code
        PCollectionView<NameClustering.Fit> fit = candidates
                .apply("Codes", Combine.globally(new CodesFn()))
                .apply("Fit", ParDo.of(new FitFn(spec)))
                .setCoder(SerialCoder.of(NameClustering.Fit.class))
                .apply("FitView", View.asSingleton());
        PCollection<Candidate> decided = candidates
                .apply("Decide", ParDo.of(new DecideFn(spec, fit)).withSideInputs(fit))
                .setCoder(SerialCoder.of(Candidate.class));

        // the graph and its components
        PCollection<KV<String, String>> edges = PCollectionList
                .of(decided.apply("CandidateEdges", ParDo.of(new CandidateEdgesFn())).setCoder(pair))
                .and(forms.apply("FormNodes", ParDo.of(new FormNodeFn())).setCoder(pair))
                .and(parts.getPipeline().apply("RegistryEdgesStart", Impulse.create())
                        .apply("RegistryEdges", ParDo.of(new RegistryEdgesFn(spec))).setCoder(pair))
                .and(definitions.apply("DefinitionEdges", ParDo.of(new DefinitionEdgesFn())).setCoder(pair))
                .apply("AllEdges", Flatten.pCollections());
        ConnectedComponents components = new ConnectedComponents(buckets, rounds);
        PCollection<KV<String, String>> labels = edges.apply("Components", components);

        // each group's items, by label -> drafts -> named per slug family -> the outcome
        PCollection<KV<String, GroupItem>> items = PCollectionList
                .of(forms.apply("FormItems", ParDo.of(new ItemFn<FormCounts>(f -> NodeId.form(f.surface()).key(),
                        GroupItem::of))).setCoder(itemCoder()))
                .and(registry.apply("RegistryItems", ParDo.of(new ItemFn<RegistryName>(
                        r -> NodeId.registry(r.index()).key(), r -> GroupItem.of(r.index())))).setCoder(itemCoder()))
                .and(decided.apply("CandidateItems", ParDo.of(new ItemFn<Candidate>(c -> c.a().key(), GroupItem::of)))
                        .setCoder(itemCoder()))
                .and(definitions.apply("DefinitionItems", ParDo.of(new ItemFn<Definition>(
                        d -> NodeId.form(d.acronym()).key(), GroupItem::of))).setCoder(itemCoder()))
                .and(together.apply("TogetherItems", ParDo.of(new ItemFn<Together>(
                        t -> NodeId.form(t.first()).key(), GroupItem::of))).setCoder(itemCoder()))
                .apply("AllItems", Flatten.pCollections());
        PCollectionView<Long> unsettled = components.unsettled();
        PCollectionView<List<NameClustering.Named>> named = route(items, labels)
                .apply("GroupsByBucket", GroupByKey.create())
                .apply("Resolve", ParDo.of(new ResolveFn(spec, buckets, fit, wordMentions))
                        .withSideInputs(fit, wordMentions))
                .setCoder(KvCoder.of(VarIntCoder.of(), SerialCoder.of(NameClustering.Draft.class)))
                .apply("DraftsByFamily", GroupByKey.create())
                .apply("Name", ParDo.of(new NameFn()))
                .setCoder(SerialCoder.of(NameClustering.Named.class))
                .apply("NamedView", View.asList());
        PCollectionView<List<FormCounts>> allForms = forms.apply("FormsView", View.asList());
        PCollectionView<List<Together>> allTogether = together.apply("TogetherView", View.asList());
        return parts.getPipeline()
                .apply("OutcomeStart", Impulse.create())
                .apply("Outcome", ParDo.of(new OutcomeFn(named, allForms, allTogether, fit, unsettled, rounds))
                        .withSideInputs(named, allForms, allTogether, fit, unsettled))
                .setCoder(SerialCoder.of(Serializable.class));
    }

    private static KvCoder<String, GroupItem> itemCoder() {
        return KvCoder.of(StringUtf8Coder.of(), SerialCoder.of(GroupItem.class));
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
        return OnePassJoin.of("JoinLabels", itemTag, byNode, labelTag, labelsByNode)
                .apply("ByGroup", ParDo.of(new ByGroupFn(itemTag, labelTag, buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), itemCoder()));
    }

    // ------------------------------------------------------------------ facts

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

    /** The registry's names, with their blocks and containment keys. */
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

    /** The letters of a form that a registry name also has. */
    static final class WrittenFn extends DoFn<FormCounts, String> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private transient Set<String> registryLetters;

        WrittenFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<String> out) {
            if (registryLetters == null) {
                registryLetters = clustering(spec).registryLetters();
            }
            String letters = clustering(spec).letters(f);
            if (registryLetters.contains(letters)) {
                out.output(letters);
            }
        }
    }

    /** The words of a form's name with the mentions they count. */
    static final class WordsFn extends DoFn<FormCounts, KV<String, Integer>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        WordsFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<KV<String, Integer>> out) {
            clustering(spec).words(f).forEach((w, n) -> out.output(KV.of(w, n)));
        }
    }

    // ------------------------------------------------------------------ candidate pairs

    /**
     * A node under one of its blocks.
     *
     * @param block the block
     * @param node  the node
     * @param form  a corpus form's counts, {@code null} for a registry name
     */
    record BlockEntry(long block, NodeId node, FormCounts form) implements Serializable {
    }

    /**
     * A candidate pair with the counts of its corpus forms ({@code null} for a registry name).
     *
     * @param pair the pair
     * @param a    the lower node's counts
     * @param b    the higher node's counts
     */
    record PairEntry(Pair pair, FormCounts a, FormCounts b) implements Serializable {

        static KV<Integer, PairEntry> of(Pair p, Map<String, FormCounts> forms, int buckets) {
            FormCounts a = p.a().isRegistry() ? null : forms.get(p.a().surface());
            FormCounts b = p.b().isRegistry() ? null : forms.get(p.b().surface());
            return KV.of(Buckets.of(p.key(), buckets), new PairEntry(p, a, b));
        }
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

    /** The candidate pairs of every block of a bucket, keyed by the bucket of the pair. */
    static final class BlockPairsFn extends DoFn<KV<Integer, Iterable<BlockEntry>>, KV<Integer, PairEntry>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;

        BlockPairsFn(StepSpec spec, int buckets) {
            this.spec = spec;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<BlockEntry>> bucket, OutputReceiver<KV<Integer, PairEntry>> out) {
            Map<Long, List<NodeId>> blocks = new TreeMap<>();
            Map<String, FormCounts> forms = new HashMap<>();
            for (BlockEntry e : bucket.getValue()) {
                blocks.computeIfAbsent(e.block(), k -> new ArrayList<>()).add(e.node());
                if (e.form() != null) {
                    forms.put(e.form().surface(), e.form());
                }
            }
            NameClustering c = clustering(spec);
            blocks.forEach((b, members) -> c.pairs(members, forms)
                    .forEach(p -> out.output(PairEntry.of(p, forms, buckets))));
        }
    }

    /**
     * A node under a containment key: its own ({@code seq} -1), or one it looks up in place {@code seq}.
     *
     * @param key  the containment key
     * @param node the node
     * @param form a corpus form's counts, {@code null} for a registry name
     * @param seq  -1, or the place of the look-up
     */
    record ContainmentEntry(String key, NodeId node, FormCounts form, int seq) implements Serializable {
    }

    static final class FormContainmentFn extends DoFn<FormCounts, KV<Integer, ContainmentEntry>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;

        FormContainmentFn(StepSpec spec, int buckets) {
            this.spec = spec;
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element FormCounts f, OutputReceiver<KV<Integer, ContainmentEntry>> out) {
            NameClustering c = clustering(spec);
            NodeId id = NodeId.form(f.surface());
            String own = c.containmentKey(f);
            if (own != null) {
                out.output(KV.of(Buckets.of(own, buckets), new ContainmentEntry(own, id, f, -1)));
            }
            List<String> lookups = c.containmentLookups(f);
            for (int s = 0; s < lookups.size(); s++) {
                out.output(KV.of(Buckets.of(lookups.get(s), buckets), new ContainmentEntry(lookups.get(s), id, f, s)));
            }
        }
    }

    static final class RegistryContainmentFn extends DoFn<RegistryName, KV<Integer, ContainmentEntry>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        RegistryContainmentFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element RegistryName r, OutputReceiver<KV<Integer, ContainmentEntry>> out) {
            NodeId id = NodeId.registry(r.index());
            if (r.containmentKey() != null) {
                out.output(KV.of(Buckets.of(r.containmentKey(), buckets),
                        new ContainmentEntry(r.containmentKey(), id, null, -1)));
            }
            for (int s = 0; s < r.lookups().size(); s++) {
                out.output(KV.of(Buckets.of(r.lookups().get(s), buckets),
                        new ContainmentEntry(r.lookups().get(s), id, null, s)));
            }
        }
    }

    /** The candidate pairs of every containment key of a bucket. */
    static final class ContainmentPairsFn extends DoFn<KV<Integer, Iterable<ContainmentEntry>>, KV<Integer, PairEntry>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        ContainmentPairsFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<ContainmentEntry>> bucket,
                            OutputReceiver<KV<Integer, PairEntry>> out) {
            Map<String, List<NodeId>> names = new TreeMap<>();
            Map<String, List<NameClustering.Lookup>> lookups = new HashMap<>();
            Map<String, FormCounts> forms = new HashMap<>();
            for (ContainmentEntry e : bucket.getValue()) {
                if (e.form() != null) {
                    forms.put(e.form().surface(), e.form());
                }
                if (e.seq() < 0) {
                    names.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.node());
                } else {
                    lookups.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(new NameClustering.Lookup(e.node(), e.seq()));
                }
            }
            names.forEach((key, nodes) -> {
                List<NameClustering.Lookup> l = lookups.get(key);
                if (l != null) {
                    NameClustering.containmentPairs(nodes, l).forEach(p -> out.output(PairEntry.of(p, forms, buckets)));
                }
            });
        }
    }

    /** Keys a pair of forms used together by the bucket of its pair. */
    static final class TogetherBucketFn extends DoFn<Together, KV<Integer, Together>> {
        private static final long serialVersionUID = 1L;
        private final int buckets;

        TogetherBucketFn(int buckets) {
            this.buckets = buckets;
        }

        @ProcessElement
        public void process(@Element Together t, OutputReceiver<KV<Integer, Together>> out) {
            out.output(KV.of(Buckets.of(t.pairKey(), buckets), t));
        }
    }

    /** Weighs every distinct candidate pair of a bucket, with the articles that write both forms. */
    static final class WeighFn extends DoFn<KV<Integer, CoGbkResult>, Candidate> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final TupleTag<PairEntry> pairTag;
        private final TupleTag<Together> togetherTag;
        private final PCollectionView<List<String>> written;
        private transient Set<String> writtenSet;

        WeighFn(StepSpec spec, TupleTag<PairEntry> pairTag, TupleTag<Together> togetherTag,
                PCollectionView<List<String>> written) {
            this.spec = spec;
            this.pairTag = pairTag;
            this.togetherTag = togetherTag;
            this.written = written;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            if (writtenSet == null) {
                writtenSet = new HashSet<>(c.sideInput(written));
            }
            Map<String, PairEntry> pairs = new TreeMap<>();
            for (PairEntry p : c.element().getValue().getAll(pairTag)) {
                pairs.putIfAbsent(p.pair().key(), p);
            }
            if (pairs.isEmpty()) {
                return;
            }
            Map<String, Integer> together = new HashMap<>();
            for (Together t : c.element().getValue().getAll(togetherTag)) {
                together.merge(t.pairKey(), t.articles(), Integer::sum);
            }
            NameClustering clustering = clustering(spec);
            for (Map.Entry<String, PairEntry> e : pairs.entrySet()) {
                PairEntry p = e.getValue();
                Map<String, FormCounts> forms = new HashMap<>(4);
                if (p.a() != null) {
                    forms.put(p.a().surface(), p.a());
                }
                if (p.b() != null) {
                    forms.put(p.b().surface(), p.b());
                }
                Candidate w = clustering.weigh(p.pair(), forms, together.getOrDefault(e.getKey(), 0), writtenSet);
                if (w != null) {
                    c.output(w);
                }
            }
        }
    }

    /** How many candidate pairs have each level code: what the match model is fitted on. */
    static final class CodesFn extends Combine.CombineFn<Candidate, TreeMap<Integer, Long>, TreeMap<Integer, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public TreeMap<Integer, Long> createAccumulator() {
            return new TreeMap<>();
        }

        @Override
        public TreeMap<Integer, Long> addInput(TreeMap<Integer, Long> acc, Candidate c) {
            acc.merge(c.code(), 1L, Long::sum);
            return acc;
        }

        @Override
        public TreeMap<Integer, Long> mergeAccumulators(Iterable<TreeMap<Integer, Long>> accs) {
            TreeMap<Integer, Long> merged = new TreeMap<>();
            accs.forEach(a -> a.forEach((k, v) -> merged.merge(k, v, Long::sum)));
            return merged;
        }

        @Override
        public TreeMap<Integer, Long> extractOutput(TreeMap<Integer, Long> acc) {
            return acc;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Coder<TreeMap<Integer, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<Candidate> inputCoder) {
            return SerialCoder.of((Class<TreeMap<Integer, Long>>) (Class<?>) TreeMap.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Coder<TreeMap<Integer, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<Candidate> inputCoder) {
            return SerialCoder.of((Class<TreeMap<Integer, Long>>) (Class<?>) TreeMap.class);
        }
    }

    static final class FitFn extends DoFn<TreeMap<Integer, Long>, NameClustering.Fit> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;

        FitFn(StepSpec spec) {
            this.spec = spec;
        }

        @ProcessElement
        public void process(@Element TreeMap<Integer, Long> codes, OutputReceiver<NameClustering.Fit> out) {
            out.output(clustering(spec).fit(codes));
        }
    }

    /** Keeps the candidate pairs that can join groups. */
    static final class DecideFn extends DoFn<Candidate, Candidate> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final PCollectionView<NameClustering.Fit> fit;

        DecideFn(StepSpec spec, PCollectionView<NameClustering.Fit> fit) {
            this.spec = spec;
            this.fit = fit;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            if (clustering(spec).decides(c.element(), c.sideInput(fit))) {
                c.output(c.element());
            }
        }
    }

    // ------------------------------------------------------------------ the graph

    static final class CandidateEdgesFn extends DoFn<Candidate, KV<String, String>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element Candidate c, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(c.a().key(), c.b().key()));
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

    // ------------------------------------------------------------------ resolution

    /** Resolves every group of a bucket; drafts go out by the bucket of their slug family. */
    static final class ResolveFn extends DoFn<KV<Integer, Iterable<KV<String, GroupItem>>>, KV<Integer, NameClustering.Draft>> {
        private static final long serialVersionUID = 1L;
        private final StepSpec spec;
        private final int buckets;
        private final PCollectionView<NameClustering.Fit> fit;
        private final PCollectionView<Map<String, Integer>> wordMentions;

        ResolveFn(StepSpec spec, int buckets, PCollectionView<NameClustering.Fit> fit,
                  PCollectionView<Map<String, Integer>> wordMentions) {
            this.spec = spec;
            this.buckets = buckets;
            this.fit = fit;
            this.wordMentions = wordMentions;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            Map<String, Group> groups = new TreeMap<>();
            for (KV<String, GroupItem> e : c.element().getValue()) {
                Group g = groups.computeIfAbsent(e.getKey(), k -> new Group());
                GroupItem i = e.getValue();
                if (i.form() != null) {
                    g.forms.add(i.form());
                } else if (i.registry() != null) {
                    g.registry.add(i.registry());
                } else if (i.candidate() != null) {
                    g.candidates.add(i.candidate());
                } else if (i.definition() != null) {
                    g.definitions.add(i.definition());
                } else {
                    g.together.add(i.together());
                }
            }
            NameClustering clustering = clustering(spec);
            NameClustering.Fit f = c.sideInput(fit);
            Map<String, Integer> words = c.sideInput(wordMentions);
            for (Group g : groups.values()) {
                for (NameClustering.Draft d : clustering.resolve(g.forms, g.registry, g.candidates, g.definitions,
                        g.together, f, words)) {
                    c.output(KV.of(Buckets.of(NameClustering.slugFamily(d.slug()), buckets), d));
                }
            }
        }
    }

    /** What one group holds. */
    static final class Group {
        final List<FormCounts> forms = new ArrayList<>();
        final List<Integer> registry = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
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

    /** The clustering's outcome, once the components are known to have settled. */
    static final class OutcomeFn extends DoFn<byte[], Serializable> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<List<NameClustering.Named>> named;
        private final PCollectionView<List<FormCounts>> forms;
        private final PCollectionView<List<Together>> together;
        private final PCollectionView<NameClustering.Fit> fit;
        private final PCollectionView<Long> unsettled;
        private final int rounds;

        OutcomeFn(PCollectionView<List<NameClustering.Named>> named, PCollectionView<List<FormCounts>> forms,
                  PCollectionView<List<Together>> together, PCollectionView<NameClustering.Fit> fit,
                  PCollectionView<Long> unsettled, int rounds) {
            this.named = named;
            this.forms = forms;
            this.together = together;
            this.fit = fit;
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
            c.output(new NameClustering.Result(new ArrayList<>(c.sideInput(named)), new ArrayList<>(c.sideInput(forms)),
                    new ArrayList<>(c.sideInput(together)), c.sideInput(fit)));
        }
    }
}
