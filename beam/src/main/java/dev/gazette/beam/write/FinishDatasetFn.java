package dev.gazette.beam.write;

import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The final step of the write, run once every part is written: a header-only part for every
 * table that got no rows, the descriptors ({@code datapackage.json}, the JSON Schemas) written
 * whole by the formats themselves, then the {@link Manifest}, last; then the staging folder is
 * put in place ({@link Commit}). Outputs the manifest's path.
 */
final class FinishDatasetFn extends DoFn<byte[], String> {

    private static final long serialVersionUID = 1L;

    private final String staging;
    private final String target;
    private final DatasetSpec dataset;
    private final List<String> tables;
    private final PCollectionView<List<ShardWritten>> written;

    FinishDatasetFn(String staging, String target, DatasetSpec dataset, List<String> tables,
                    PCollectionView<List<ShardWritten>> written) {
        this.staging = staging;
        this.target = target;
        this.dataset = dataset;
        this.tables = List.copyOf(tables);
        this.written = written;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
        List<ShardWritten> parts = c.sideInput(written);
        Map<String, TreeSet<Integer>> byFile = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (ShardWritten w : parts) {
            for (String f : w.tableFiles()) {
                byFile.computeIfAbsent(f, k -> new TreeSet<>()).add(w.part());
            }
            warnings.addAll(w.warnings());
        }
        ResourceId dir = FileSystems.matchNewResource(staging, true);
        Descriptors descriptors = new Descriptors(dir, Set.copyOf(tables));
        List<String> order = new ArrayList<>();
        for (DatasetFormat f : dataset.datasetFormats()) {
            try (FormatWriter w = f.open(descriptors, DatasetSpec.tables(tables), dataset.settings(), x -> { })) {
                w.finish();
                order.addAll(w.files());
            }
        }
        Map<String, List<String>> manifestParts = new LinkedHashMap<>();
        List<String> wholeFiles = new ArrayList<>();
        for (String file : order) {
            if (!descriptors.isTableFile(file)) {
                wholeFiles.add(file);
                continue;
            }
            TreeSet<Integer> numbers = byFile.get(file);
            if (numbers == null) {
                String table = file.substring(0, file.lastIndexOf('.'));
                WriteShards.write(staging, dataset, List.of(table), 0, List.of());
                numbers = new TreeSet<>(List.of(0));
                for (String other : order) {
                    if (other.startsWith(table + ".") && descriptors.isTableFile(other)) {
                        byFile.computeIfAbsent(other, k -> new TreeSet<>()).add(0);
                    }
                }
            }
            List<String> names = new ArrayList<>();
            for (int n : numbers) {
                names.add(ShardFiles.partName(file, n));
            }
            manifestParts.put(file, names);
        }
        Manifest manifest = new Manifest(manifestParts, wholeFiles, warnings);
        try (Writer w = Channels.newWriter(FileSystems.create(ShardFiles.resolve(dir, Manifest.FILE), MimeTypes.TEXT),
                StandardCharsets.UTF_8)) {
            w.write(manifest.toJson());
        }
        c.output(Commit.commit(staging, target, manifest));
    }

    /** Writes a format's descriptors into the staging folder and drops its (empty) table files. */
    private static final class Descriptors implements DatasetFiles {
        private final ResourceId dir;
        private final Set<String> tables;

        Descriptors(ResourceId dir, Set<String> tables) {
            this.dir = dir;
            this.tables = tables;
        }

        boolean isTableFile(String name) {
            int dot = name.lastIndexOf('.');
            return name.indexOf('/') < 0 && dot > 0 && tables.contains(name.substring(0, dot));
        }

        @Override
        public Writer writer(String name) throws IOException {
            if (isTableFile(name)) {
                return Writer.nullWriter();
            }
            return Channels.newWriter(FileSystems.create(ShardFiles.resolve(dir, name), MimeTypes.TEXT),
                    StandardCharsets.UTF_8);
        }

        @Override
        public Path file(String name) {
            throw new UnsupportedOperationException("a sharded dataset has no local file " + name);
        }

        @Override
        public Path directory(String name) {
            throw new UnsupportedOperationException("a sharded dataset has no local folder " + name);
        }
    }
}
