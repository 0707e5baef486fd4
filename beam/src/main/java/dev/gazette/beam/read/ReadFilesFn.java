package dev.gazette.beam.read;

import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.corpus.CorpusSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Reads one input file into its documents with the CLI's own readers ({@link CorpusSource}, and
 * through it {@link DocumentReader} and the corpus record streams), so decoding, ids, sources
 * and bad-input findings are exactly those of {@code gazette export}. A file on another file
 * system is first copied to a local temporary file of the same name (the readers work on local
 * files), then deleted.
 */
final class ReadFilesFn extends DoFn<InputRef, CorpusDocument> {

    private static final long serialVersionUID = 1L;

    private final InputSpec spec;
    private transient DocumentReader reader;

    ReadFilesFn(InputSpec spec) {
        this.spec = spec;
    }

    @Setup
    public void setup() {
        reader = new DocumentReader(spec.maxFileBytes());
    }

    @ProcessElement
    public void process(@Element InputRef ref, OutputReceiver<CorpusDocument> out) throws IOException {
        Path staged = null;
        Path path;
        if (ExpandInputsFn.isLocal(ref.resource())) {
            path = Path.of(ref.resource().startsWith("file://") ? ref.resource().substring(7) : ref.resource());
        } else {
            staged = stage(ref.resource());
            path = staged;
        }
        try {
            CorpusSource source = CorpusSource.builder(List.of(new InputFile(path, ref.source())))
                    .reader(reader).mapping(spec.mapping()).format(spec.inputFormat()).build();
            try (DocumentSource.Pass pass = source.open()) {
                long index = 0;
                for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                    out.output(new CorpusDocument(ref.source(), index++, d.read()));
                }
            }
        } finally {
            if (staged != null) {
                Files.deleteIfExists(staged);
                Files.deleteIfExists(staged.getParent());
            }
        }
    }

    /** Copies a file of another file system to a new local folder, under its own name. */
    private static Path stage(String resource) throws IOException {
        ResourceId id = FileSystems.matchNewResource(resource, false);
        Path dir = Files.createTempDirectory("gazette-input-");
        Path local = dir.resolve(id.getFilename());
        try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }
}
