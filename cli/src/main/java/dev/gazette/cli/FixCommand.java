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
        description = {"Apply the safe fixes and write one clean UTF-8 text file per article "
                + "(<id>.txt under texts/, listed with its article id in texts/index.csv) and the change log "
                + "(changes.csv with datapackage.json, changes.jsonl with its JSON Schema). "
                + "Inputs are never modified."},
        footer = {"", "Exit codes: 0 every input read; 1 some input files were rejected; 2 usage or",
                "I/O error, or no article could be read (nothing written); 3 out of memory;",
                "4 internal error. With 2, 3 and 4 the previous output is left as it was."})
final class FixCommand implements Callable<Integer> {

    /** What {@code fix} writes: the clean texts, and the changes table as CSV and JSON Lines. */
    static final String FORMATS = "texts,csv,jsonl";

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--unsafe", description = "Also apply fixes that are only suggested by default.")
    boolean unsafe;

    @Option(names = "--no-formula-guard", description = {"Write changes.csv cells exactly, even those a spreadsheet "
            + "would run as a formula (starting with =, +, -, @, tab or CR). By default such cells get a leading ' ."})
    boolean noFormulaGuard;

    @Option(names = "--force", description = {"Write into an output folder that holds files Gazette did not write: "
            + "Gazette's own files (those its marker lists) are replaced, the others are kept."})
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        InProgress.output(out);
        corpus.validate(spec.commandLine());
        CorpusOptions.Prepared prepared;
        try {
            prepared = corpus.prepare(unsafe, false);
        } catch (InputException e) {
            err.println("gazette fix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        OutputFolder opened;
        try {
            opened = OutputFolder.open(out, force, corpus.inputPaths());
        } catch (IOException e) {
            err.println("gazette fix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        RunSummary summary;
        DatasetExporter.Options options = new DatasetExporter.Options(DatasetFormats.parseList(FORMATS),
                new FormatSettings(false, !noFormulaGuard));
        try (OutputFolder folder = opened;
             DatasetExporter exporter = new DatasetExporter(folder, options, List.of(Tables.CHANGES))) {
            RunResult result = prepared.run(exporter, corpus.progress());
            summary = result.summary();
            if (summary.articles() == 0) {
                Summaries.nothingRead(err, "fix", corpus.inputsOrDefault(), summary, out);
                return ExitCodes.USAGE;
            }
            InProgress.working("writing " + out, 0);
            exporter.finish(result.products());
            exporter.commit();
            corpus.reportStaleDecisions(err, "fix");
            for (String w : folder.warnings()) {
                err.println("gazette fix: warning: " + w);
            }
        } catch (IOException e) {
            err.println("gazette fix: writing " + out + " failed, previous output left as it was: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!corpus.quiet) {
            Summaries.print(err, summary);
            err.println("Wrote " + summary.articles() + " clean texts, " + Tables.TEXT_INDEX_FILE
                    + " and the change log to " + out);
        }
        return summary.rejected() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
