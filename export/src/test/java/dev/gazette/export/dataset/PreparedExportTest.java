package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows rendered on the engine's worker threads ({@link DatasetExporter#prepare}) and appended in
 * order give the same files, byte for byte, as rows built and appended one result at a time on
 * the ordered thread (the engine given a plain sink, {@code exporter::accept}).
 */
class PreparedExportTest {

    @TempDir
    Path tmp;

    private static final DatasetExporter.Options ALL = DatasetExporter.Options.defaults()
            .withFormats(DatasetFormats.parseList("csv,jsonl,xlsx"));

    /** The test corpus, the sample articles (names, quotations) and an article longer than a spreadsheet cell. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (Path folder : List.of(TestCorpus.CORPUS, Path.of("../seeds"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, corpus.resolve(f.getFileName()));
                }
            }
        }
        String paragraph = "A line that pads an article well past what one spreadsheet cell can hold. ";
        Files.writeString(corpus.resolve("zz-long-read.txt"), "The Longest Read\n\n"
                + (paragraph.repeat(50) + "\n\n").repeat(10), StandardCharsets.UTF_8);
        return corpus;
    }

    private static Engine engine(int threads) {
        return new Engine(EngineOptions.builder().threads(threads).products(true).build());
    }

    private static InputScanner.Scan scan(Path corpus) throws Exception {
        return new InputScanner().scan(List.of(corpus.toString()));
    }

    /** Exports through the engine's worker threads; returns the warnings. */
    private static List<String> exportPrepared(Path corpus, Path out, DatasetExporter.Options options)
            throws Exception {
        InputScanner.Scan scan = scan(corpus);
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out), options)) {
            TestCorpus.run(exporter, engine(2), scan.files(), scan.notes());
            exporter.commit();
            return exporter.warnings();
        }
    }

    /** Exports on one thread, each result prepared and appended on the ordered thread; returns the warnings. */
    private static List<String> exportSequential(Path corpus, Path out, DatasetExporter.Options options)
            throws Exception {
        InputScanner.Scan scan = scan(corpus);
        Engine engine = engine(1);
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out), options)) {
            Engine.ResultSink plain = exporter::accept;
            RunResult run = engine.run(scan.files(), scan.notes(), plain);
            exporter.finish(run.products());
            exporter.commit();
            return exporter.warnings();
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = DeterminismAndSafetyTest.files(expected);
        Map<String, byte[]> got = DeterminismAndSafetyTest.files(actual);
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((name, bytes) -> assertThat(firstDifference(bytes, got.get(name))).as(name).isEmpty());
    }

    /** Where two files first differ, with some text around it, or "" when they are the same. */
    private static String firstDifference(byte[] a, byte[] b) {
        int i = Arrays.mismatch(a, b);
        if (i < 0) {
            return "";
        }
        int from = Math.max(0, i - 80);
        if (Arrays.equals(Arrays.copyOf(a, 2), new byte[] {'P', 'K'})) {
            return "bytes differ at " + i + " of a zip file";
        }
        return "bytes differ at " + i + ": expected ..." + text(a, from, i + 80) + "... but was ..."
                + text(b, from, i + 80) + "...";
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, Math.max(0, Math.min(to, bytes.length) - from), StandardCharsets.UTF_8);
    }

    @Test
    void rowsRenderedOnWorkerThreadsGiveTheBytesOfTheSequentialExportInEveryFormat() throws Exception {
        Path corpus = corpus();
        Map<String, DatasetExporter.Options> variants = new LinkedHashMap<>();
        variants.put("lf-guarded", ALL);
        variants.put("excel-unguarded", ALL.withExcelCsv(true).withFormulaGuard(false));
        variants.put("excel-guarded", ALL.withExcelCsv(true));
        for (Map.Entry<String, DatasetExporter.Options> v : variants.entrySet()) {
            Path sequential = tmp.resolve(v.getKey() + "-sequential");
            Path prepared = tmp.resolve(v.getKey() + "-prepared");

            List<String> sequentialWarnings = exportSequential(corpus, sequential, v.getValue());
            List<String> preparedWarnings = exportPrepared(corpus, prepared, v.getValue());

            assertSameFiles(sequential, prepared);
            assertThat(preparedWarnings).as(v.getKey()).isEqualTo(sequentialWarnings)
                    .anyMatch(w -> w.startsWith("articles.text: 1 CSV cell longer than"));
        }
        String guarded = Files.readString(tmp.resolve("excel-guarded-prepared/articles.csv"));
        String unguarded = Files.readString(tmp.resolve("excel-unguarded-prepared/articles.csv"));
        String lf = Files.readString(tmp.resolve("lf-guarded-prepared/quotes.csv"));
        assertThat(guarded.startsWith("\uFEFFid,") && guarded.contains("\r\n")).as("BOM and CRLF compared").isTrue();
        assertThat(guarded.contains(",\"'=HYPERLINK(")).as("a guarded formula compared").isTrue();
        assertThat(unguarded.contains(",\"=HYPERLINK(")).as("an unguarded formula compared").isTrue();
        assertThat(!lf.contains("\r\n") && lf.contains("\"\"")).as("LF and escaped quotes compared").isTrue();
        assertThat(TestCorpus.jsonl(tmp.resolve("lf-guarded-prepared/mentions.jsonl"))).isNotEmpty();
        assertThat(TestCorpus.jsonl(tmp.resolve("lf-guarded-prepared/entities.jsonl"))).isNotEmpty();
    }

    @Test
    void findingsOfAnInputThatGoesOnInTheNextResultAreNumberedOnThroughPreparedRows() throws Exception {
        Path corpus = corpus();
        Engine engine = engine(1);
        List<ArticleResult> results = new ArrayList<>();
        InputScanner.Scan scan = scan(corpus);
        RunResult run = engine.run(scan.files(), scan.notes(), results::add);
        List<ArticleResult> parsed = results.stream().filter(r -> r.parsed() && !r.findings().isEmpty()).toList();
        assertThat(parsed).hasSizeGreaterThanOrEqualTo(3);
        String shared = "feeds/one-input.txt";
        List<ArticleResult> stream = List.of(
                ArticleResult.rejected("note", shared, List.of(
                        Finding.fileLevel("empty-file", Severity.WARNING, "note", shared, "=first note", null),
                        Finding.fileLevel("encoding", Severity.WARNING, "note", shared, "second note", "fix it"))),
                withSource(parsed.get(0), shared),
                ArticleResult.rejected("tail", shared, List.of(
                        Finding.fileLevel("empty-file", Severity.ERROR, "tail", shared, "trailing, \"note\"", null))),
                parsed.get(1),
                withSource(parsed.get(2), parsed.get(1).source()));
        Path sequential = tmp.resolve("sequential");
        Path prepared = tmp.resolve("prepared");
        DatasetExporter.Options options = ALL.withExcelCsv(true);

        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(sequential), options)) {
            for (ArticleResult r : stream) {
                exporter.accept(r);
            }
            exporter.finish(run.products());
            exporter.commit();
        }
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(prepared), options)) {
            List<DatasetExporter.Prepared> made = prepareBackwardsOnOtherThreads(exporter, stream);
            for (int i = 0; i < stream.size(); i++) {
                exporter.accept(stream.get(i), made.get(i));
            }
            exporter.finish(run.products());
            exporter.commit();
        }

        assertSameFiles(sequential, prepared);
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode f : TestCorpus.jsonl(prepared.resolve("findings.jsonl"))) {
            numbers.add(f.get("number").asInt());
        }
        List<Integer> expected = new ArrayList<>(oneTo(2 + parsed.get(0).findings().size() + 1));
        expected.addAll(oneTo(parsed.get(1).findings().size() + parsed.get(2).findings().size()));
        assertThat(numbers).as("numbered on within each input, from 1 at each new input").isEqualTo(expected);
    }

    private static List<Integer> oneTo(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    private static ArticleResult withSource(ArticleResult r, String source) {
        return new ArticleResult(r.id(), source, r.article(), r.normalised(), r.findings(), r.lines(), r.products());
    }

    /** Prepares every result on a pool of threads, the last first, as workers may. */
    private static List<DatasetExporter.Prepared> prepareBackwardsOnOtherThreads(DatasetExporter exporter,
                                                                                List<ArticleResult> results)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DatasetExporter.Prepared>> futures = new ArrayList<>();
            for (int i = results.size() - 1; i >= 0; i--) {
                ArticleResult r = results.get(i);
                futures.add(0, pool.submit(() -> exporter.prepare(r)));
            }
            List<DatasetExporter.Prepared> out = new ArrayList<>();
            for (Future<DatasetExporter.Prepared> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
