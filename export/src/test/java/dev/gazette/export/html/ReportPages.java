package dev.gazette.export.html;

import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.report.Fingerprints;
import dev.gazette.export.report.ReportCollector;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.ArticleResult;
import dev.gazette.validate.Engine;
import dev.gazette.validate.RuleEnvironment;
import dev.gazette.validate.rules.names.Names;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a dataset (CSV and JSON Lines) and its HTML report from one run over a corpus, so tests can
 * compare what the page shows with what the tables hold.
 */
final class ReportPages {

    /** The five sample articles of the repository. */
    static final Path SEEDS = Path.of("../seeds");

    /** Where the pages, screenshots and downloads of the browser tests are kept as build artefacts. */
    static final Path ARTEFACTS = Path.of("target", "html-report");

    private ReportPages() {
    }

    /** How to write the page. */
    record Options(String title, boolean fingerprints, Consumer<HtmlReport> before, RuleEnvironment environment) {
        static Options standard(String title) {
            return new Options(title, true, p -> { }, RuleEnvironment.defaults());
        }

        Options withoutFingerprints() {
            return new Options(title, false, before, environment);
        }

        Options with(Consumer<HtmlReport> extra) {
            return new Options(title, fingerprints, extra, environment);
        }

        Options withRegistry(Path registry) {
            return new Options(title, fingerprints, before, new RuleEnvironment(List.of(registry), true, List.of()));
        }
    }

    /**
     * Runs the engine over {@code corpus} into {@code dir}: the dataset's CSV and JSON Lines files
     * and {@code report.html}. Returns the page.
     */
    static Path write(Path corpus, Path dir, Options options) throws IOException {
        InputScanner.Scan scan;
        try {
            scan = new InputScanner().scan(List.of(corpus.toString()));
        } catch (InputException e) {
            throw new IOException(e);
        }
        Engine.Options d = Engine.Options.defaults();
        Engine engine = new Engine(new Engine.Options(d.parser(), d.settings(), options.environment(),
                d.maxFileBytes(), d.applySuggestedFixes(), d.cacheBudgetChars(), d.threads(), d.reuseBudgetChars()));
        Path page = dir.resolve("report.html");
        Files.createDirectories(dir);
        HtmlReport.Settings settings = new HtmlReport.Settings(options.title(), "gazette test", "dataset",
                engine.options().settings().catalogue(), dir.resolve(".spool"));
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(dir.resolve("dataset")),
                DatasetExporter.Options.defaults().withFormats(EnumSet.of(DatasetExporter.Format.CSV,
                        DatasetExporter.Format.JSONL)));
             HtmlReport report = new HtmlReport(settings)) {
            engine.run(scan.files(), scan.notes(), (ArticleResult r) -> {
                exporter.accept(r);
                List<String> fps = options.fingerprints()
                        ? Fingerprints.of(r.findings(), r.parsed() ? r.article().raw() : null) : null;
                report.add(report.prepare(r, fps));
            });
            exporter.finish(engine);
            exporter.commit();
            report.entities(Names.entities(engine.rules(), engine.knowledge()));
            options.before().accept(report);
            try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                report.write(w);
            }
        }
        return page;
    }

    /** The records of a CSV file of the dataset beside {@code page}. */
    static List<CSVRecord> csv(Path page, String table) throws IOException {
        try (Reader r = Files.newBufferedReader(page.resolveSibling("dataset").resolve(table + ".csv"),
                StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(r).getRecords());
        }
    }

    /** The fingerprints a check run of {@code corpus} gives its findings (those of the baseline and SARIF). */
    static java.util.Set<String> checkFingerprints(Path corpus) throws IOException {
        InputScanner.Scan scan;
        try {
            scan = new InputScanner().scan(List.of(corpus.toString()));
        } catch (InputException e) {
            throw new IOException(e);
        }
        ReportCollector collector = new ReportCollector();
        new Engine(Engine.Options.defaults()).run(scan.files(), scan.notes(), collector);
        return collector.entries().stream().map(e -> e.fingerprint()).collect(java.util.stream.Collectors.toSet());
    }

    /** Rows for {@link HtmlReport#entityLinks}. */
    static Map<String, Object> link(String entity, String form, String linked, double probability, double weight,
                                    String evidence, String explanation) {
        return Map.of("entity_id", entity, "form", form, "linked_form", linked, "probability", probability,
                "weight", weight, "evidence", evidence, "explanation", explanation);
    }
}
