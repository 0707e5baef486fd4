package dev.gazette.beam.corpus;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.NameClustering;
import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import dev.gazette.model.Article;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.RecurringLines;
import dev.gazette.validate.engine.ArticleStep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The local engine's statistics pass on one worker: each readable document, under the id it
 * was given, is parsed with the corpus's recurring-line signal and added to one accumulator per
 * statistic of the step; at the end of a bundle the accumulators go out keyed by the statistic's
 * index, to be combined by {@link StatisticCombineFn}; the names statistic's accumulator goes out
 * split by bucket of its keys, to be combined per bucket and clustered by block.
 */
public final class StatisticsFn extends DoFn<CorpusDocument, KV<Integer, Serializable>> {

    private static final long serialVersionUID = 1L;

    /** The names statistic's accumulator parts, by bucket (see {@link NameClustering#split}). */
    public static final TupleTag<KV<Integer, Serializable>> NAME_PARTS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    /** The other statistics' accumulators, by statistic index. */
    public static final TupleTag<KV<Integer, Serializable>> ACCUMULATORS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private final StepSpec spec;
    private final PCollectionView<RecurringLines> recurring;
    private final PCollectionView<Map<String, Rename>> renames;
    private final int names;
    private final int buckets;
    private transient ArticleStep step;
    private transient List<Object> accumulators;
    private transient Map<String, Rename> renamed;
    private transient CorpusKnowledge knowledge;

    /**
     * @param names   the names statistic's index among the step's statistics (its accumulator is
     *                split by bucket), or -1
     * @param buckets how many buckets the names accumulator is split into
     */
    public StatisticsFn(StepSpec spec, PCollectionView<RecurringLines> recurring,
                        PCollectionView<Map<String, Rename>> renames, int names, int buckets) {
        this.spec = spec;
        this.recurring = recurring;
        this.renames = renames;
        this.names = names;
        this.buckets = buckets;
    }

    @Setup
    public void setup() {
        step = Steps.of(spec);
    }

    @StartBundle
    public void start() {
        accumulators = null;
    }

    @ProcessElement
    public void process(ProcessContext c) {
        if (knowledge == null) { // batch, global window: the side inputs are read once per instance
            renamed = c.sideInput(renames);
            knowledge = CorpusKnowledge.of(c.sideInput(recurring), Map.of());
        }
        RawDocument doc = Renamed.document(c.element(), renamed);
        if (doc == null) {
            return;
        }
        List<CorpusStatistic<?, ?>> stats = step.statistics();
        if (accumulators == null) {
            accumulators = new ArrayList<>(stats.size());
            for (CorpusStatistic<?, ?> s : stats) {
                accumulators.add(s.newAccumulator());
            }
        }
        Article article = step.parse(doc, knowledge);
        ArticleMemo memo = new ArticleMemo();
        for (int k = 0; k < stats.size(); k++) {
            accumulate(stats.get(k), accumulators.get(k), article, memo);
        }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
        if (accumulators == null) {
            return;
        }
        for (int k = 0; k < accumulators.size(); k++) {
            if (k == names) {
                NameClustering clustering = Steps.clustering(spec);
                for (Map.Entry<Integer, Serializable> part
                        : clustering.split(accumulators.get(k), s -> Buckets.of(s, buckets)).entrySet()) {
                    c.output(NAME_PARTS, KV.of(part.getKey(), part.getValue()), BoundedWindow.TIMESTAMP_MIN_VALUE,
                            GlobalWindow.INSTANCE);
                }
            } else {
                c.output(ACCUMULATORS, KV.of(k, (Serializable) accumulators.get(k)), BoundedWindow.TIMESTAMP_MIN_VALUE,
                        GlobalWindow.INSTANCE);
            }
        }
        accumulators = null;
    }

    @SuppressWarnings("unchecked")
    private static <A> void accumulate(CorpusStatistic<A, ?> s, Object acc, Article article, ArticleMemo memo) {
        s.accumulate((A) acc, article, memo);
    }
}
