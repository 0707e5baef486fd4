package dev.gazette.export.html;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.report.Fingerprints;
import dev.gazette.export.report.ReportCollector;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.RuleSettings;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.RunResult;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a dataset and its HTML report from one run over a corpus, so tests can compare what the
 * page shows with what the tables hold: through the {@code html} dataset format itself, or (for
 * what a run cannot yet produce, such as entity links, or leaves out, such as fingerprints) by
 * feeding an {@link HtmlReport} the same results.
 */
final class ReportPages {

    /** The five sample articles of the repository. */
    static final Path SEEDS = Path.of("../seeds");

    /** Where the pages, screenshots and downloads of the browser tests are kept as build artefacts. */
    static final Path ARTEFACTS = Path.of("target", "html-report");

    private ReportPages() {
    }

    /**
     * How to write the page. {@code custom} feeds an {@link HtmlReport} directly instead of going
     * through the format, with the fingerprints a findings table's {@code fingerprint} column would
     * give it (issue 15), or none.
     */
    record Options(String title, boolean fingerprints, Consumer<HtmlReport> before, ReferenceData referenceData,
                   boolean custom) {
        static Options standard(String title) {
            return new Options(title, true, p -> { }, ReferenceData.defaults(), false);
        }

        /** Fed directly, with the fingerprints of the findings, as a fingerprint column gives them. */
        Options withFingerprints() {
            return new Options(title, true, before, referenceData, true);
        }

        Options withoutFingerprints() {
            return new Options(title, false, before, referenceData, true);
        }

        Options with(Consumer<HtmlReport> extra) {
            return new Options(title, fingerprints, extra, referenceData, true);
        }

        Options withRegistry(Path registry) {
            return new Options(title, fingerprints, before, new ReferenceData(List.of(registry), true, List.of()), custom);
        }
    }

    private static InputScanner.Scan scan(Path corpus) throws IOException {
        try {
            return new InputScanner().scan(List.of(corpus.toString()));
        } catch (InputException e) {
            throw new IOException(e);
        }
    }

    /**
     * Runs the engine over {@code corpus} into {@code dir}/dataset: CSV, JSON Lines and
     * {@code report.html}. Returns the page.
     */
    static Path write(Path corpus, Path dir, Options options) throws IOException {
        InputScanner.Scan scan = scan(corpus);
        // The pages apply unbalanced-quote's fixes by default, as a team would with --apply unbalanced-quote (no fix is
        // applied by default since 2026-12-07): 004's turned quotes are then applied changes for the page to show.
        Engine engine = new Engine(EngineOptions.builder().referenceData(options.referenceData())
                .settings(RuleSettings.defaults().withFixApplied("unbalanced-quote", true)).products(true).build());
        Path dataset = dir.resolve("dataset");
        // a fresh folder each run: a folder left by an older build is not this build's output
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        DatasetExporter.Options formats = DatasetExporter.Options.defaults()
                .withFormats(DatasetFormats.parseList(options.custom() ? "csv,jsonl" : "csv,jsonl,html"))
                .describedAs(options.title(), "gazette test");
        if (!options.custom()) {
            try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(dataset), formats)) {
                RunResult result = engine.run(scan.files(), scan.notes(), exporter);
                exporter.finish(result.products());
                exporter.commit();
            }
            return dataset.resolve(HtmlFormat.FILE);
        }
        Path page = dir.resolve(HtmlFormat.FILE);
        HtmlReport.Settings settings = new HtmlReport.Settings(options.title(), "gazette test", "dataset",
                engine.options().settings().catalogue(), dir.resolve(".spool"));
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(dataset), formats);
             HtmlReport report = new HtmlReport(settings)) {
            RunResult result = engine.run(scan.files(), scan.notes(), (ArticleResult r) -> {
                exporter.accept(r);
                List<String> fps = options.fingerprints()
                        ? Fingerprints.of(r.findings(), r.parsed() ? r.article().raw() : null) : null;
                report.add(report.prepare(r, fps));
            });
            exporter.finish(result.products());
            exporter.commit();
            report.entityRows(csv(page, "entities").stream().map(CSVRecord::toMap).toList());
            options.before().accept(report);
            try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                report.write(w);
            }
        }
        return page;
    }

    /** The records of a CSV file of the dataset beside or around {@code page}. */
    static List<CSVRecord> csv(Path page, String table) throws IOException {
        Path dir = Files.isRegularFile(page.resolveSibling(table + ".csv")) ? page.getParent()
                : page.resolveSibling("dataset");
        try (Reader r = Files.newBufferedReader(dir.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords());
        }
    }

    /** The fingerprints a check run of {@code corpus} gives its findings (those of the baseline and SARIF). */
    static Set<String> checkFingerprints(Path corpus) throws IOException {
        InputScanner.Scan scan = scan(corpus);
        ReportCollector collector = new ReportCollector();
        new Engine(EngineOptions.defaults()).run(scan.files(), scan.notes(), collector);
        return collector.entries().stream().map(e -> e.fingerprint()).collect(Collectors.toSet());
    }

    /** Rows for {@link HtmlReport#entityLinks}. */
    static Map<String, Object> link(String entity, String form, String linked, double probability, double weight,
                                    String evidence, String explanation) {
        return Map.of("entity_id", entity, "form", form, "linked_form", linked, "probability", probability,
                "weight", weight, "evidence", evidence, "explanation", explanation);
    }
}
