package dev.gazette.beam.write;

import dev.gazette.beam.rows.DocumentRows;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Writes the dataset: the per-document tables and the corpus tables as sharded parts
 * ({@link WriteShards}) into a staging folder, then, once every part is written, the
 * descriptors and the manifest, and the staging folder put in place ({@link Commit}).
 */
public final class WriteDataset extends PTransform<PCollection<KV<String, DocumentRows>>, PCollection<String>> {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String staging;
    private final DatasetSpec dataset;
    private final List<String> documentTables;
    private final List<String> corpusTables;
    private final PCollection<KV<String, DocumentRows>> corpusRows;
    private final long perPart;
    private final int maxParts;

    /**
     * @param target         the dataset folder
     * @param dataset        formats and settings
     * @param documentTables the tables whose rows come per document (keyed by position)
     * @param corpusTables   the tables whose rows come from the corpus (keyed by entity id)
     * @param corpusRows     those rows
     * @param perPart        about how many documents (or entities) go into one part
     * @param maxParts       the most parts per table
     */
    public WriteDataset(String target, DatasetSpec dataset, List<String> documentTables, List<String> corpusTables,
                        PCollection<KV<String, DocumentRows>> corpusRows, long perPart, int maxParts) {
        this.target = target;
        this.staging = Commit.stagingFor(target);
        this.dataset = dataset;
        this.documentTables = List.copyOf(documentTables);
        this.corpusTables = List.copyOf(corpusTables);
        this.corpusRows = corpusRows;
        this.perPart = perPart;
        this.maxParts = maxParts;
    }

    @Override
    public PCollection<String> expand(PCollection<KV<String, DocumentRows>> documentRows) {
        PCollection<ShardWritten> documents = documentRows.apply("DocumentParts",
                new WriteShards(staging, dataset, documentTables, perPart, maxParts));
        PCollection<ShardWritten> corpus = corpusRows.apply("CorpusParts",
                new WriteShards(staging, dataset, corpusTables, perPart, maxParts));
        PCollectionView<List<ShardWritten>> written = PCollectionList.of(documents).and(corpus)
                .apply("AllParts", Flatten.pCollections())
                .apply("PartsView", View.asList());
        List<String> all = new java.util.ArrayList<>(documentTables);
        all.addAll(corpusTables);
        List<String> ordered = DatasetSpec.tables().stream().map(t -> t.name()).filter(all::contains).toList();
        return documentRows.getPipeline()
                .apply("AfterParts", Impulse.create())
                .apply("Finish", ParDo.of(new FinishDatasetFn(staging, target, dataset, ordered, written))
                        .withSideInputs(written))
                .setCoder(StringUtf8Coder.of());
    }

}
