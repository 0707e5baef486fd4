package dev.gazette.beam.corpus;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.beam.internal.Single;
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
 * index and split into parts by bucket ({@link CorpusStatistic#split}), to be combined bucket by
 * bucket ({@link StatisticCombineFn}). Accumulators also go out every {@value #FLUSH_EVERY}
 * documents, so that no record grows with the bundle.
 *
 * <p>A document whose parse or analysis fails (an exception, a stack overflow on a pathological
 * input) does not fail the job: it goes out on {@link #FAILED} with the error, and the
 * per-article step reports it with an {@code article-failed} finding and leaves it out of the
 * dataset. The statistics the failure interrupted may hold part of that article.
 */
public final class StatisticsFn extends DoFn<CorpusDocument, KV<Integer, KV<Integer, Serializable>>> {

    private static final long serialVersionUID = 1L;
    /** Documents accumulated before the accumulators go out (bounds their size, whatever the bundle). */
    static final int FLUSH_EVERY = 500;

    /** The statistics' parts: (statistic index, (bucket, part of an accumulator)). */
    public static final TupleTag<KV<Integer, KV<Integer, Serializable>>> PARTS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    /** The documents that failed: (position, the error in words). */
    public static final TupleTag<KV<String, String>> FAILED = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private final StepSpec spec;
    private final PCollectionView<List<RecurringLines>> recurring;
    private final PCollectionView<Map<String, Rename>> renames;
    private final int buckets;
    private transient ArticleStep step;
    private transient List<Object> accumulators;
    private transient int documents;
    private transient Map<String, Rename> renamed;
    private transient CorpusKnowledge knowledge;

    /** @param buckets how many parts each accumulator is split into (see {@link CorpusStatistic#split}) */
    public StatisticsFn(StepSpec spec, PCollectionView<List<RecurringLines>> recurring,
                        PCollectionView<Map<String, Rename>> renames, int buckets) {
        this.spec = spec;
        this.recurring = recurring;
        this.renames = renames;
        this.buckets = buckets;
    }

    @Setup
    public void setup() {
        step = Steps.of(spec);
    }

    @StartBundle
    public void start() {
        accumulators = null;
        documents = 0;
    }

    @ProcessElement
    public void process(ProcessContext c) {
        if (knowledge == null) { // batch, global window: the side inputs are read once per instance
            renamed = c.sideInput(renames);
            knowledge = CorpusKnowledge.of(Single.of(c.sideInput(recurring), "recurring-line signal"), Map.of());
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
        try {
            Article article = step.parse(doc, knowledge);
            ArticleMemo memo = new ArticleMemo();
            for (int k = 0; k < stats.size(); k++) {
                accumulate(stats.get(k), accumulators.get(k), article, memo);
            }
        } catch (RuntimeException | StackOverflowError e) {
            c.output(FAILED, KV.of(c.element().position(), Failures.describe(e)));
            return;
        }
        if (++documents >= FLUSH_EVERY) {
            emit(c::output);
        }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
        emit(kv -> c.output(kv, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE));
    }

    /** Sends every accumulator out, split into parts by bucket, and starts afresh. */
    private void emit(java.util.function.Consumer<KV<Integer, KV<Integer, Serializable>>> out) {
        if (accumulators == null) {
            return;
        }
        List<CorpusStatistic<?, ?>> stats = step.statistics();
        for (int k = 0; k < accumulators.size(); k++) {
            for (Map.Entry<Integer, ?> part : split(stats.get(k), accumulators.get(k), buckets).entrySet()) {
                out.accept(KV.of(k, KV.of(part.getKey(), (Serializable) part.getValue())));
            }
        }
        accumulators = null;
        documents = 0;
    }

    @SuppressWarnings("unchecked")
    private static <A> Map<Integer, A> split(CorpusStatistic<A, ?> s, Object acc, int buckets) {
        return s.split((A) acc, buckets);
    }

    @SuppressWarnings("unchecked")
    private static <A> void accumulate(CorpusStatistic<A, ?> s, Object acc, Article article, ArticleMemo memo) {
        s.accumulate((A) acc, article, memo);
    }
}
