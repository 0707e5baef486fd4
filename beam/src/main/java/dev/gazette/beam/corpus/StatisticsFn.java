package dev.gazette.beam.corpus;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.CorpusStatistic;
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

/**
 * The local engine's statistics pass on one worker: each readable document, under the id it
 * was given, is parsed with the corpus's recurring-line signal and added to one accumulator per
 * statistic of the step; at the end of a bundle the accumulators go out keyed by the statistic's
 * index, to be combined by {@link StatisticCombineFn}. Statistics whose index is in
 * {@code skipped} are left to another transform (the names statistic, clustered by block).
 */
public final class StatisticsFn extends DoFn<CorpusDocument, KV<Integer, Serializable>> {

    private static final long serialVersionUID = 1L;

    private final StepSpec spec;
    private final PCollectionView<RecurringLines> recurring;
    private final PCollectionView<Map<String, Rename>> renames;
    private final List<Integer> skipped;
    private transient ArticleStep step;
    private transient List<Object> accumulators;
    private transient Map<String, Rename> renamed;
    private transient CorpusKnowledge knowledge;

    public StatisticsFn(StepSpec spec, PCollectionView<RecurringLines> recurring,
                        PCollectionView<Map<String, Rename>> renames, List<Integer> skipped) {
        this.spec = spec;
        this.recurring = recurring;
        this.renames = renames;
        this.skipped = List.copyOf(skipped);
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
            if (!skipped.contains(k)) {
                accumulate(stats.get(k), accumulators.get(k), article, memo);
            }
        }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
        if (accumulators == null) {
            return;
        }
        for (int k = 0; k < accumulators.size(); k++) {
            if (!skipped.contains(k)) {
                c.output(KV.of(k, (Serializable) accumulators.get(k)), BoundedWindow.TIMESTAMP_MIN_VALUE,
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
