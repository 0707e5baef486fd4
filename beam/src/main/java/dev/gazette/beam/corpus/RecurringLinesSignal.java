package dev.gazette.beam.corpus;

import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.RecurringLines;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The corpus's recurring-line signal ({@link RecurringLines}), counted as the local engine's
 * first pass counts it (the distinct short lines of every readable document) but sharded: each
 * line key is counted where it lands ({@link Count#perElement()}, a combine), only the lines held
 * by at least {@code minArticles} articles are kept, and a {@link Combine.CombineFn} whose
 * accumulator is the engine's own {@link RecurringLines} assembles them into the signal every
 * worker's parser reads as a side input.
 *
 * <p>Keeping only those lines changes no parse: the parser treats a line as recurring only when
 * at least {@code max(minArticles, share * articles)} articles hold it, so a line held by fewer
 * than {@code minArticles} articles never counts, whether or not the signal knows it. The
 * signal then holds the corpus's recurring lines, not all its short lines.
 */
public final class RecurringLinesSignal extends PTransform<PCollection<CorpusDocument>, PCollectionView<RecurringLines>> {

    private static final long serialVersionUID = 1L;

    /** The key under which articles are counted: {@link RecurringLines} never hashes a line to 0. */
    static final long ARTICLES = 0L;

    private final int maxWords;
    private final int minArticles;

    /**
     * @param maxWords    the parser's {@code recurringMaxWords}
     * @param minArticles the parser's {@code recurringMinArticles}
     */
    public RecurringLinesSignal(int maxWords, int minArticles) {
        this.maxWords = maxWords;
        this.minArticles = minArticles;
    }

    @Override
    public PCollectionView<RecurringLines> expand(PCollection<CorpusDocument> documents) {
        int min = minArticles;
        return documents
                .apply("LineKeys", ParDo.of(new LineKeysFn(maxWords)))
                .apply("CountPerLine", Count.perElement())
                .apply("KeepRecurring", Filter.by((KV<Long, Long> kv) -> kv.getKey() == ARTICLES || kv.getValue() >= min))
                .apply("Assemble", Combine.globally(new AssembleFn(maxWords)).asSingletonView());
    }

    /** Emits, for each readable document, the article marker and the keys of its distinct short lines. */
    static final class LineKeysFn extends DoFn<CorpusDocument, Long> {
        private static final long serialVersionUID = 1L;
        private final int maxWords;
        private transient RecurringLines keys;

        LineKeysFn(int maxWords) {
            this.maxWords = maxWords;
        }

        @Setup
        public void setup() {
            keys = new RecurringLines(maxWords);
        }

        @ProcessElement
        public void process(@Element CorpusDocument d, OutputReceiver<Long> out) {
            if (d.result().document().isEmpty()) {
                return;
            }
            RawDocument doc = d.result().document().get();
            out.output(ARTICLES);
            for (long k : keys.keys(doc.text())) {
                out.output(k);
            }
        }
    }

    /** Builds the signal from per-line counts and the article count. */
    static final class AssembleFn extends Combine.CombineFn<KV<Long, Long>, RecurringLines, RecurringLines> {
        private static final long serialVersionUID = 1L;
        private final int maxWords;

        AssembleFn(int maxWords) {
            this.maxWords = maxWords;
        }

        @Override
        public RecurringLines createAccumulator() {
            return new RecurringLines(maxWords);
        }

        @Override
        public RecurringLines addInput(RecurringLines acc, KV<Long, Long> count) {
            int n = Math.toIntExact(count.getValue());
            if (count.getKey() == ARTICLES) {
                acc.addArticles(n);
            } else {
                acc.addLine(count.getKey(), n);
            }
            return acc;
        }

        @Override
        public RecurringLines mergeAccumulators(Iterable<RecurringLines> accs) {
            RecurringLines merged = createAccumulator();
            for (RecurringLines a : accs) {
                merged.merge(a);
            }
            return merged;
        }

        @Override
        public RecurringLines extractOutput(RecurringLines acc) {
            return acc;
        }

        @Override
        public org.apache.beam.sdk.coders.Coder<RecurringLines> getAccumulatorCoder(
                org.apache.beam.sdk.coders.CoderRegistry registry,
                org.apache.beam.sdk.coders.Coder<KV<Long, Long>> inputCoder) {
            return SerializableCoder.of(RecurringLines.class);
        }

        @Override
        public org.apache.beam.sdk.coders.Coder<RecurringLines> getDefaultOutputCoder(
                org.apache.beam.sdk.coders.CoderRegistry registry,
                org.apache.beam.sdk.coders.Coder<KV<Long, Long>> inputCoder) {
            return SerializableCoder.of(RecurringLines.class);
        }
    }
}
