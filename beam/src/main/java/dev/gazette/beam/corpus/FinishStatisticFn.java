package dev.gazette.beam.corpus;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Finishes one statistic: combines its buckets' accumulators (a list side input, materialised
 * without sorting: see {@link dev.gazette.beam.internal.Single}) and finishes them, once.
 */
public final class FinishStatisticFn extends DoFn<byte[], Serializable> {

    private static final long serialVersionUID = 1L;

    private final StepSpec spec;
    private final int index;
    private final PCollectionView<List<Serializable>> buckets;

    public FinishStatisticFn(StepSpec spec, int index, PCollectionView<List<Serializable>> buckets) {
        this.spec = spec;
        this.index = index;
        this.buckets = buckets;
    }

    @ProcessElement
    public void process(ProcessContext c) {
        @SuppressWarnings("unchecked")
        CorpusStatistic<Object, Object> s = (CorpusStatistic<Object, Object>) Steps.of(spec).statistics().get(index);
        Object acc = s.newAccumulator();
        for (Serializable part : c.sideInput(buckets)) {
            acc = s.combine(acc, part);
        }
        c.output((Serializable) s.finish(acc));
    }
}
