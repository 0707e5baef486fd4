package dev.gazette.beam.write;

import dev.gazette.beam.internal.SerialCoder;
import dev.gazette.beam.rows.DocumentRows;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.ApproximateQuantiles;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Writes rows as a sharded dataset in which every part holds a contiguous range of the rows in
 * their final order, so that the parts of a table file, concatenated in part order, are the
 * file the local exporter writes. The rows are keyed by their place in the dataset's order (a
 * document's position, an entity's id); approximate quantiles of the keys cut the key space into
 * ranges of about {@code perPart} keys, each range is grouped on one worker, sorted and written
 * through the export's own formats ({@link DatasetFormat}), which render every cell exactly as
 * the local export does.
 */
public final class WriteShards extends PTransform<PCollection<KV<String, DocumentRows>>, PCollection<ShardWritten>> {

    private static final long serialVersionUID = 1L;
    /** Quantiles computed over the keys; the part boundaries are chosen among them. */
    static final int QUANTILES = 1_001;

    private final String folder;
    private final DatasetSpec dataset;
    private final List<String> tables;
    private final long perPart;
    private final int maxParts;

    /**
     * @param folder   the dataset folder (any file system Beam knows)
     * @param dataset  the formats and cell settings
     * @param tables   the tables these rows belong to
     * @param perPart  about how many keys (documents, entities) go into one part
     * @param maxParts the most parts (at most {@value #QUANTILES} - 1)
     */
    public WriteShards(String folder, DatasetSpec dataset, List<String> tables, long perPart, int maxParts) {
        if (perPart < 1 || maxParts < 1 || maxParts >= QUANTILES) {
            throw new IllegalArgumentException("perPart must be at least 1 and maxParts between 1 and "
                    + (QUANTILES - 1));
        }
        this.folder = folder;
        this.dataset = dataset;
        this.tables = List.copyOf(tables);
        this.perPart = perPart;
        this.maxParts = maxParts;
    }

    @Override
    public PCollection<ShardWritten> expand(PCollection<KV<String, DocumentRows>> rows) {
        PCollection<String> keys = rows.apply("Keys", Keys.create());
        PCollectionView<List<String>> quantiles = keys
                .apply("Quantiles", ApproximateQuantiles.globally(QUANTILES))
                .apply("QuantilesView", View.asSingleton());
        PCollectionView<Long> count = keys.apply("Count", Count.globally()).apply("CountView", View.asSingleton());
        return rows
                .apply("AssignPart", ParDo.of(new AssignPartFn(quantiles, count, perPart, maxParts))
                        .withSideInputs(quantiles, count))
                .setCoder(KvCoder.of(VarIntCoder.of(), rows.getCoder()))
                .apply("GroupPart", GroupByKey.create())
                .apply("WritePart", ParDo.of(new WritePartFn(folder, dataset, tables)))
                .setCoder(SerialCoder.of(ShardWritten.class));
    }

    /** The part boundaries: {@code parts - 1} keys; a key goes to the part after every boundary not above it. */
    static List<String> boundaries(List<String> quantiles, long count, long perPart, int maxParts) {
        int parts = (int) Math.max(1, Math.min(maxParts, (count + perPart - 1) / perPart));
        if (quantiles.size() < 2 || parts == 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>(parts - 1);
        int last = quantiles.size() - 1;
        for (int i = 1; i < parts; i++) {
            String b = quantiles.get((int) Math.round((double) i * last / parts));
            if (out.isEmpty() || b.compareTo(out.get(out.size() - 1)) > 0) {
                out.add(b);
            }
        }
        return out;
    }

    /** The part of {@code key}: how many boundaries are at or below it. */
    static int part(List<String> boundaries, String key) {
        int i = Collections.binarySearch(boundaries, key);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static final class AssignPartFn extends DoFn<KV<String, DocumentRows>, KV<Integer, KV<String, DocumentRows>>> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<List<String>> quantiles;
        private final PCollectionView<Long> count;
        private final long perPart;
        private final int maxParts;
        private transient List<String> boundaries;

        AssignPartFn(PCollectionView<List<String>> quantiles, PCollectionView<Long> count, long perPart, int maxParts) {
            this.quantiles = quantiles;
            this.count = count;
            this.perPart = perPart;
            this.maxParts = maxParts;
        }

        @ProcessElement
        public void process(ProcessContext c) {
            if (boundaries == null) { // batch, global window: read once
                boundaries = boundaries(c.sideInput(quantiles), c.sideInput(count), perPart, maxParts);
            }
            c.output(KV.of(part(boundaries, c.element().getKey()), c.element()));
        }
    }

    /** Sorts one part's rows and writes them through every format. */
    static final class WritePartFn extends DoFn<KV<Integer, Iterable<KV<String, DocumentRows>>>, ShardWritten> {
        private static final long serialVersionUID = 1L;
        private final String folder;
        private final DatasetSpec dataset;
        private final List<String> tables;

        WritePartFn(String folder, DatasetSpec dataset, List<String> tables) {
            this.folder = folder;
            this.dataset = dataset;
            this.tables = tables;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<KV<String, DocumentRows>>> part,
                            OutputReceiver<ShardWritten> out) throws IOException {
            List<KV<String, DocumentRows>> rows = new ArrayList<>();
            part.getValue().forEach(rows::add);
            rows.sort((a, b) -> a.getKey().compareTo(b.getKey()));
            out.output(write(folder, dataset, tables, part.getKey(), rows));
        }
    }

    /** Writes rows (in order) as part {@code part} of {@code tables}, in every format of {@code dataset}. */
    static ShardWritten write(String folder, DatasetSpec dataset, List<String> tables, int part,
                              List<KV<String, DocumentRows>> rows) throws IOException {
        ResourceId dir = FileSystems.matchNewResource(folder, true);
        List<TableSpec> specs = DatasetSpec.tables(tables);
        Map<String, TableSpec> byName = new LinkedHashMap<>();
        specs.forEach(t -> byName.put(t.name(), t));
        Set<String> names = new HashSet<>(tables);
        List<String> warnings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<FormatWriter> writers = new ArrayList<>();
        List<ShardFiles> shardFiles = new ArrayList<>();
        try {
            for (DatasetFormat f : dataset.datasetFormats()) {
                ShardFiles sf = new ShardFiles(dir, names, part);
                shardFiles.add(sf);
                writers.add(f.open(sf, specs, dataset.settings(), warnings::add));
            }
            for (KV<String, DocumentRows> doc : rows) {
                for (DocumentRows.Table t : doc.getValue().tables()) {
                    TableSpec spec = byName.get(t.name());
                    for (FormatWriter w : writers) {
                        Object rendered = w.render(spec, t.rows(), t.records());
                        if (rendered != null) {
                            w.append(spec, rendered);
                        }
                    }
                }
            }
            for (FormatWriter w : writers) {
                w.finish();
            }
        } finally {
            for (FormatWriter w : writers) {
                w.close();
            }
        }
        shardFiles.forEach(sf -> files.addAll(sf.written()));
        return new ShardWritten(part, files, warnings);
    }
}
