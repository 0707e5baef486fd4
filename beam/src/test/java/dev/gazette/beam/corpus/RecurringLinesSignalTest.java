package dev.gazette.beam.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.beam.read.CorpusDocument;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.read.ReadCorpus;
import dev.gazette.beam.testing.Generated;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.model.parse.RecurringLines;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecurringLinesSignalTest {

    @TempDir
    Path tmp;

    @Test
    void everyArticleParsesAsWithTheLocalEnginesFullSignal() throws Exception {
        Path corpus = Generated.jsonl(tmp.resolve("gen.jsonl"), 7, 80);
        InputSpec spec = InputSpec.of(List.of(corpus.toString()));
        ParserConfig config = ParserConfig.defaults();
        RecurringLines full = localSignal(spec, config);
        assertThat(full.articles()).isEqualTo(80);

        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        PCollection<CorpusDocument> docs = p.apply(ReadCorpus.of(spec, 3));
        PCollectionView<List<RecurringLines>> signal = docs.apply(
                new RecurringLinesSignal(config.recurringMaxWords(), config.recurringMinArticles(), 3));
        PCollection<String> differences = docs.apply(ParDo.of(new CompareFn(full, signal)).withSideInputs(signal));
        PAssert.that(differences).satisfies(out -> {
            assertThat(out).containsExactly("articles 80");
            return null;
        });
        p.run().waitUntilFinish();
    }

    /** Parses each document with both signals; outputs what differs, and the signal's article count once. */
    private static final class CompareFn extends DoFn<CorpusDocument, String> {
        private static final long serialVersionUID = 1L;
        private final RecurringLines full;
        private final PCollectionView<List<RecurringLines>> signal;
        private transient ArticleParser parser;

        CompareFn(RecurringLines full, PCollectionView<List<RecurringLines>> signal) {
            this.full = full;
            this.signal = signal;
        }

        @Setup
        public void setup() {
            parser = new ArticleParser(ParserConfig.defaults());
        }

        @ProcessElement
        public void process(ProcessContext c) {
            RecurringLines sharded = c.sideInput(signal).get(0);
            RawDocument doc = c.element().result().document().orElseThrow();
            if (!parser.parse(doc, full).equals(parser.parse(doc, sharded))) {
                c.output("differs: " + doc.id());
            }
            if (c.element().index() == 0) {
                c.output("articles " + sharded.articles());
            }
            if (sharded.distinctLines() >= full.distinctLines()) {
                c.output("not pruned: " + sharded.distinctLines() + " of " + full.distinctLines());
            }
        }
    }

    private static RecurringLines localSignal(InputSpec spec, ParserConfig config) throws Exception {
        RecurringLines lines = new RecurringLines(config.recurringMaxWords());
        InputScanner.Scan scan = InputScanner.forFormat(null).scan(spec.inputs());
        try (DocumentSource.Pass pass = CorpusSource.builder(scan.files()).build().open()) {
            for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                d.read().document().ifPresent(doc -> lines.addArticle(doc.text()));
            }
        }
        return lines;
    }
}
