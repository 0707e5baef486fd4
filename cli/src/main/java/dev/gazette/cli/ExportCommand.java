package dev.gazette.cli;

import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.model.Severity;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.Engine;
import dev.gazette.validate.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gazette export}: parse, check and normalise a corpus and write the dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Parse, check and normalise the articles and write the dataset tables",
                "(articles, findings, changes) as CSV and JSON Lines into the output folder.",
                "The folder is written beside the target and swapped in only when complete."},
        footer = {"", "Exit codes: 0 every input read; 1 some input files were rejected (see findings);",
                "2 usage or I/O error (nothing written)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--excel", description = "Write CSV for Excel: UTF-8 byte-order mark and CRLF line ends.")
    boolean excel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InputScanner.Scan scan;
        Engine engine = new Engine(corpus.engineOptions(false));
        DocumentSource source;
        try {
            scan = corpus.scan();
            source = corpus.source(scan, engine.reader());
        } catch (InputException e) {
            err.println("gazette export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        RunSummary summary;
        OutputFolder folder;
        try {
            folder = OutputFolder.open(out);
        } catch (IOException e) {
            err.println("gazette export: cannot write the output folder: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (DatasetExporter exporter = new DatasetExporter(folder,
                EnumSet.of(DatasetExporter.Format.CSV, DatasetExporter.Format.JSONL), excel)) {
            summary = engine.run(source, scan.notes(), exporter, corpus.progress());
            exporter.commit();
            if (!corpus.quiet) {
                Summaries.print(err, summary);
                err.println("Wrote " + String.join(", ", exporter.files()) + " to " + out);
            }
        } catch (IOException e) {
            err.println("gazette export: writing " + out + " failed, previous output left as it was: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (summary.articles() == 0) {
            err.println("gazette export: no article could be read from " + corpus.inputsOrDefault()
                    + "; the dataset is empty");
            return ExitCodes.FINDINGS;
        }
        return summary.rejected() > 0 || scan.notes().stream().anyMatch(n -> n.severity() != Severity.INFO)
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
