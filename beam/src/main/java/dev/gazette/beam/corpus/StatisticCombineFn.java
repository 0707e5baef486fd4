package dev.gazette.beam.corpus;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.step.Steps;
import java.io.Serializable;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A corpus statistic as a Beam combine: the accumulator is the statistic's own accumulator
 * ({@link CorpusStatistic#newAccumulator()}), merging is its {@code combine} (associative, with
 * the empty accumulator as identity: the contract meta-test checks it), and the output its
 * finished result. Used per key, the key being the statistic's index in the step's
 * {@code statistics()}, so every statistic of the step is combined in one transform; the
 * statistic itself is looked up on the worker, where the step is built from the
 * {@link StepSpec}. Accumulators and results travel by Java serialization.
 */
public final class StatisticCombineFn extends Combine.CombineFn<Serializable, Serializable, Serializable> {

    private static final long serialVersionUID = 1L;

    private final StepSpec spec;
    private final int index;
    private final boolean finish;

    /** The combine of statistic {@code index} of {@code spec}'s step; its output is the finished result. */
    public StatisticCombineFn(StepSpec spec, int index) {
        this(spec, index, true);
    }

    /**
     * The combine of statistic {@code index} of {@code spec}'s step; with {@code finish} off, its
     * output is the combined accumulator (a part, combined per key, to be finished elsewhere).
     */
    public StatisticCombineFn(StepSpec spec, int index, boolean finish) {
        this.spec = spec;
        this.index = index;
        this.finish = finish;
    }

    @SuppressWarnings("unchecked")
    private CorpusStatistic<Object, Object> statistic() {
        return (CorpusStatistic<Object, Object>) Steps.of(spec).statistics().get(index);
    }

    @Override
    public Serializable createAccumulator() {
        return (Serializable) statistic().newAccumulator();
    }

    @Override
    public Serializable addInput(Serializable acc, Serializable partial) {
        return (Serializable) statistic().combine(acc, partial);
    }

    @Override
    public Serializable mergeAccumulators(Iterable<Serializable> accs) {
        CorpusStatistic<Object, Object> s = statistic();
        Object merged = s.newAccumulator();
        for (Serializable a : accs) {
            merged = s.combine(merged, a);
        }
        return (Serializable) merged;
    }

    @Override
    public Serializable extractOutput(Serializable acc) {
        return finish ? (Serializable) statistic().finish(acc) : acc;
    }

    @Override
    public Coder<Serializable> getAccumulatorCoder(CoderRegistry registry, Coder<Serializable> inputCoder) {
        return SerialCoder.of(Serializable.class);
    }

    @Override
    public Coder<Serializable> getDefaultOutputCoder(CoderRegistry registry, Coder<Serializable> inputCoder) {
        return SerialCoder.of(Serializable.class);
    }
}
