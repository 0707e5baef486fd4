package dev.gazette.beam.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.ReadResult;
import dev.gazette.model.io.corpus.CorpusSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryDocumentAndRejectionAsTheLocalEngineDoesInCorpusOrder() throws Exception {
        Path corpus = MixedCorpus.write(tmp);
        InputSpec spec = InputSpec.of(List.of(corpus.toString(), tmp.resolve("empty-folder").toString()));
        List<ReadResult> expected = local(spec);
        assertThat(expected).hasSizeGreaterThan(15);

        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        PCollection<CorpusDocument> read = p.apply(ReadCorpus.of(spec, 3));
        PAssert.that(read).satisfies(docs -> {
            List<CorpusDocument> sorted = new ArrayList<>();
            docs.forEach(sorted::add);
            sorted.sort(CorpusDocument.ORDER);
            assertThat(sorted.stream().map(CorpusDocument::result).toList()).isEqualTo(local(spec));
            return null;
        });
        p.run().waitUntilFinish();
    }

    @Test
    void aMissingInputIsRefusedBeforeThePipelineRuns() {
        InputSpec spec = InputSpec.of(List.of(tmp.resolve("nowhere").toString()));
        assertThatThrownBy(() -> ReadCorpus.checkInputs(spec)).isInstanceOf(InputException.class)
                .hasMessageContaining("nowhere: no such file or folder");
    }

    /** The notes and documents as {@code gazette export} reads them, in its order. */
    private static List<ReadResult> local(InputSpec spec) {
        try {
            InputScanner.Scan scan = InputScanner.forFormat(spec.inputFormat()).scan(spec.inputs());
            List<ReadResult> out = new ArrayList<>();
            scan.notes().forEach(n -> out.add(ReadResult.rejected(n)));
            DocumentSource source = CorpusSource.builder(scan.files()).reader(new DocumentReader(spec.maxFileBytes()))
                    .mapping(spec.mapping()).format(spec.inputFormat()).build();
            try (DocumentSource.Pass pass = source.open()) {
                for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                    out.add(d.read());
                }
            }
            return out;
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }
}
