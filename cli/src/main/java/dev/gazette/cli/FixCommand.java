package dev.gazette.cli;

import dev.gazette.export.csv.CsvTableWriter;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.dataset.Records;
import dev.gazette.export.dataset.SafeNames;
import dev.gazette.export.jsonl.JsonlWriter;
import dev.gazette.export.table.Tables;
import dev.gazette.model.io.InputException;
import dev.gazette.validate.RunSummary;
import dev.gazette.validate.fix.Change;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gazette fix}: write a clean text file per article and the change log. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the safe fixes and write one clean UTF-8 text file per article",
                "(<id>.txt under texts/, listed with its article id in texts/index.csv) and the change log",
                "(changes.csv, changes.jsonl). Inputs are never modified."},
        footer = {"", "Exit codes: 0 every input read; 1 some input files were rejected; 2 usage or I/O error,",
                "or no article could be read (nothing written); 3 out of memory; 4 internal error."})
final class FixCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--unsafe", description = "Also apply fixes that are only suggested by default.")
    boolean unsafe;

    @Option(names = "--no-formula-guard", description = {"Write changes.csv cells exactly, even those a spreadsheet",
            "would run as a formula (starting with =, +, -, @, tab or CR). By default such cells get a leading ' ."})
    boolean noFormulaGuard;

    @Option(names = "--force", description = {"Write into an output folder that holds files Gazette did not write:",
            "Gazette's own files (those its marker lists) are replaced, the others are kept."})
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
            prepared = corpus.prepare(unsafe);
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
        try (OutputFolder folder = opened) {
            try (Writer csvOut = folder.writer("changes.csv");
                 CsvTableWriter csv = new CsvTableWriter(Tables.CHANGES, csvOut,
                         new CsvTableWriter.Options(false, !noFormulaGuard));
                 JsonlWriter jsonl = new JsonlWriter(folder.writer("changes.jsonl"));
                 CsvTableWriter index = new CsvTableWriter(Tables.TEXT_INDEX, folder.writer(Tables.TEXT_INDEX_FILE),
                         new CsvTableWriter.Options(false, !noFormulaGuard))) {
                Set<String> names = new HashSet<>();
                summary = prepared.run(r -> {
                    if (!r.parsed()) {
                        return;
                    }
                    String name = "texts/" + SafeNames.fileName(r.id(), names) + ".txt";
                    try (Writer w = folder.writer(name)) {
                        w.write(r.normalised().cleanText());
                    }
                    index.write(Map.of("article_id", r.id(), "file", name, "source", r.source()));
                    for (Change c : r.normalised().changes()) {
                        Map<String, Object> row = Records.changeRow(c);
                        csv.write(row);
                        jsonl.write(row);
                    }
                }, corpus.progress());
            }
            if (summary.articles() == 0) {
                Summaries.nothingRead(err, "fix", corpus.inputsOrDefault(), summary, out);
                return ExitCodes.USAGE;
            }
            InProgress.working("writing " + out, 0);
            folder.commit();
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
