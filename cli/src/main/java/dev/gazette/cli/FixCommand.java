package dev.gazette.cli;

import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.table.Tables;
import dev.gazette.model.io.InputException;
import dev.gazette.validate.engine.RunResult;
import dev.gazette.validate.engine.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gazette fix}: write a clean text file per article and the change log. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the safe fixes and write one clean UTF-8 text file per article",
                "(<id>.txt under texts/) and the change log (changes.csv with datapackage.json,",
                "changes.jsonl with its JSON Schema).",
                "Inputs are never modified."},
        footer = {"", "Exit codes: 0 every input read; 1 some input files were rejected; 2 usage or I/O error."})
final class FixCommand implements Callable<Integer> {

    /** What {@code fix} writes: the clean texts, and the changes table as CSV and JSON Lines. */
    static final String FORMATS = "texts,csv,jsonl";

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--unsafe", description = "Also apply fixes that are only suggested by default.")
    boolean unsafe;

    @Option(names = "--no-formula-guard", description = {"Write changes.csv cells exactly, even those a spreadsheet",
            "would run as a formula (starting with =, +, -, @, tab or CR). By default such cells get a leading ' ."})
    boolean noFormulaGuard;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CorpusOptions.Prepared prepared;
        try {
            prepared = corpus.prepare(unsafe, false);
        } catch (InputException e) {
            err.println("gazette fix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        RunSummary summary;
        DatasetExporter.Options options = new DatasetExporter.Options(DatasetFormats.parseList(FORMATS),
                new FormatSettings(false, !noFormulaGuard));
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out), options, List.of(Tables.CHANGES))) {
            RunResult result = prepared.run(exporter, corpus.progress());
            exporter.finish(result.products());
            exporter.commit();
            summary = result.summary();
            corpus.reportStaleDecisions(err, "fix");
        } catch (IOException e) {
            err.println("gazette fix: writing " + out + " failed, previous output left as it was: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!corpus.quiet) {
            Summaries.print(err, summary);
            err.println("Wrote " + summary.articles() + " clean texts and the change log to " + out);
        }
        return summary.rejected() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
