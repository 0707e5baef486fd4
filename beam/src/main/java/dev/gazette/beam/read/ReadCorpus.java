package dev.gazette.beam.read;

import dev.gazette.beam.internal.RecordCoder;
import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.model.io.InputException;
import java.io.IOException;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the corpus: expands the inputs into files, spreads the files over the workers, reads
 * each with the CLI's readers and spreads the documents again, so that one large corpus file
 * (a JSON Lines dump) is read by one worker but parsed and checked by all. The result holds
 * every document, readable or rejected, and the notes about empty input folders.
 */
public final class ReadCorpus extends PTransform<PBegin, PCollection<CorpusDocument>> {

    private static final long serialVersionUID = 1L;

    private final InputSpec spec;
    private final int buckets;

    private ReadCorpus(InputSpec spec, int buckets) {
        this.spec = spec;
        this.buckets = buckets;
    }

    /** Reads the corpus {@code spec} names, spreading the documents over {@code buckets} groups. */
    public static ReadCorpus of(InputSpec spec, int buckets) {
        return new ReadCorpus(spec, buckets);
    }

    /**
     * Checks, before a pipeline is built, that every input exists, as {@code gazette export}
     * does before it reads anything.
     *
     * @throws InputException naming the first input that does not exist
     */
    public static void checkInputs(InputSpec spec) throws InputException, IOException {
        ExpandInputsFn.scan(spec);
    }

    @Override
    public PCollection<CorpusDocument> expand(PBegin begin) {
        PCollectionTuple expanded = begin.apply("Start", Impulse.create())
                .apply("ExpandInputs", ParDo.of(new ExpandInputsFn(spec))
                        .withOutputTags(ExpandInputsFn.mainTag(), TupleTagList.of(ExpandInputsFn.NOTES)));
        PCollection<InputRef> files = expanded.get(ExpandInputsFn.mainTag())
                .setCoder(SerialCoder.of(InputRef.class));
        PCollection<CorpusDocument> notes = expanded.get(ExpandInputsFn.NOTES)
                .setCoder(RecordCoder.of(CorpusDocument.class));
        PCollection<CorpusDocument> documents = files
                .apply("SpreadFiles", Reshuffle.viaRandomKey())
                .apply("ReadFiles", ParDo.of(new ReadFilesFn(spec)))
                .setCoder(RecordCoder.of(CorpusDocument.class))
                .apply("SpreadDocuments", Reshuffle.<CorpusDocument>viaRandomKey().withNumBuckets(buckets));
        return PCollectionList.of(notes).and(documents).apply("WithNotes", Flatten.pCollections());
    }

}
