package dev.gazette.beam.corpus;

import dev.gazette.beam.internal.Buckets;
import dev.gazette.beam.internal.LongArrayCoder;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.RecurringLines;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The corpus's recurring-line signal ({@link RecurringLines}), counted as the local engine's
 * first pass counts it (the distinct short lines of every readable document) but sharded: the
 * line keys are spread over buckets, each bucket counts its keys in a {@link Combine.CombineFn}
 * whose accumulator is the engine's own {@link RecurringLines} and keeps only the lines held by
 * at least {@code minArticles} articles ({@link RecurringLines#pruned}); the pruned buckets are
 * merged, with the article count, into the signal every worker's parser reads as a side input.
 *
 * <p>Keeping only those lines changes no parse: the parser treats a line as recurring only when
 * at least {@code max(minArticles, share * articles)} articles hold it, so a line held by fewer
 * than {@code minArticles} articles never counts, whether or not the signal knows it. No worker
 * holds every distinct short line of the corpus, and the side input holds only the recurring ones.
 */
public final class RecurringLinesSignal
        extends PTransform<PCollection<CorpusDocument>, PCollectionView<List<RecurringLines>>> {

    private static final long serialVersionUID = 1L;

    private final int maxWords;
    private final int minArticles;
    private final int buckets;

    /**
     * @param maxWords    the parser's {@code recurringMaxWords}
     * @param minArticles the parser's {@code recurringMinArticles}
     * @param buckets     how many buckets the line keys are spread over
     */
    public RecurringLinesSignal(int maxWords, int minArticles, int buckets) {
        this.maxWords = maxWords;
        this.minArticles = minArticles;
        this.buckets = buckets;
    }

    @Override
    public PCollectionView<List<RecurringLines>> expand(PCollection<CorpusDocument> documents) {
        PCollectionView<Long> articles = documents
                .apply("Readable", Filter.by((CorpusDocument d) -> d.result().document().isPresent()))
                .apply("CountArticles", Count.globally())
                .apply("ArticlesView", View.asSingleton());
        PCollectionView<List<RecurringLines>> parts = documents
                .apply("LineKeys", ParDo.of(new LineKeysFn(maxWords, buckets)))
                .setCoder(KvCoder.of(VarIntCoder.of(), LongArrayCoder.of()))
                .apply("CountPerBucket", Combine.perKey(new BucketFn(maxWords, minArticles)))
                .apply("Buckets", Values.create())
                .apply("BucketsView", View.asList());
        return documents.getPipeline()
                .apply("MergeStart", Impulse.create())
                .apply("Merge", ParDo.of(new MergeFn(maxWords, parts, articles)).withSideInputs(parts, articles))
                .setCoder(SerialCoder.of(RecurringLines.class))
                .apply("SignalView", View.asList());
    }

    /** For each readable document, its distinct short line keys, bucket by bucket. */
    static final class LineKeysFn extends DoFn<CorpusDocument, KV<Integer, long[]>> {
        private static final long serialVersionUID = 1L;
        private final int maxWords;
        private final int buckets;
        private transient RecurringLines lines;

        LineKeysFn(int maxWords, int buckets) {
            this.maxWords = maxWords;
            this.buckets = buckets;
        }

        @Setup
        public void setup() {
            lines = new RecurringLines(maxWords);
        }

        @ProcessElement
        public void process(@Element CorpusDocument d, OutputReceiver<KV<Integer, long[]>> out) {
            if (d.result().document().isEmpty()) {
                return;
            }
            RawDocument doc = d.result().document().get();
            long[] keys = lines.keys(doc.text());
            if (buckets == 1) {
                out.output(KV.of(0, keys));
                return;
            }
            List<List<Long>> byBucket = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                byBucket.add(null);
            }
            for (long k : keys) {
                int b = Buckets.of(k, buckets);
                if (byBucket.get(b) == null) {
                    byBucket.set(b, new ArrayList<>(4));
                }
                byBucket.get(b).add(k);
            }
            for (int b = 0; b < buckets; b++) {
                List<Long> ks = byBucket.get(b);
                if (ks != null) {
                    long[] arr = new long[ks.size()];
                    for (int i = 0; i < arr.length; i++) {
                        arr[i] = ks.get(i);
                    }
                    out.output(KV.of(b, arr));
                }
            }
        }
    }

    /** Counts one bucket's line keys; its output keeps the lines that can reach the threshold. */
    static final class BucketFn extends Combine.CombineFn<long[], RecurringLines, RecurringLines> {
        private static final long serialVersionUID = 1L;
        private final int maxWords;
        private final int minArticles;

        BucketFn(int maxWords, int minArticles) {
            this.maxWords = maxWords;
            this.minArticles = minArticles;
        }

        @Override
        public RecurringLines createAccumulator() {
            return new RecurringLines(maxWords);
        }

        @Override
        public RecurringLines addInput(RecurringLines acc, long[] keys) {
            for (long k : keys) {
                acc.addLine(k, 1);
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
            return acc.pruned(minArticles);
        }

        @Override
        public Coder<RecurringLines> getAccumulatorCoder(CoderRegistry registry, Coder<long[]> inputCoder) {
            return SerialCoder.of(RecurringLines.class);
        }

        @Override
        public Coder<RecurringLines> getDefaultOutputCoder(CoderRegistry registry, Coder<long[]> inputCoder) {
            return SerialCoder.of(RecurringLines.class);
        }
    }

    /** Merges the pruned buckets into one signal, with the number of readable articles. */
    static final class MergeFn extends DoFn<byte[], RecurringLines> {
        private static final long serialVersionUID = 1L;
        private final int maxWords;
        private final PCollectionView<List<RecurringLines>> parts;
        private final PCollectionView<Long> articles;

        MergeFn(int maxWords, PCollectionView<List<RecurringLines>> parts, PCollectionView<Long> articles) {
            this.maxWords = maxWords;
            this.parts = parts;
            this.articles = articles;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            RecurringLines signal = new RecurringLines(maxWords);
            for (RecurringLines part : c.sideInput(parts)) {
                signal.merge(part);
            }
            signal.addArticles(Math.toIntExact(c.sideInput(articles)));
            c.output(signal);
        }
    }
}
