package dev.gazette.cli;

import dev.gazette.export.dataset.DatasetExporter;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputException;
import dev.gazette.validate.engine.RunResult;
import dev.gazette.validate.engine.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gazette export}: parse, check and normalise a corpus and write the dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Parse, check and normalise the articles and write the dataset tables",
                "(articles, findings, changes, quotes, entities, mentions) into the output folder, in each format",
                "of --format. The folder is written beside the target and swapped in only when complete;",
                "the same input gives byte-identical files."},
        footer = {"", "Exit codes: 0 every input read; 1 some input files were rejected (see findings);",
                "2 usage or I/O error (nothing written)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT[,FORMAT...]", defaultValue = DatasetFormats.DEFAULT,
            completionCandidates = FormatNames.class,
            description = {"Formats to write, any comma-separated combination of: ${COMPLETION-CANDIDATES}",
                    "(see Formats below). Default: ${DEFAULT-VALUE}"})
    String format;

    /** The format names, from the one registry ({@link DatasetFormats}). */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DatasetFormats.ALL.stream().map(DatasetFormat::name).iterator();
        }
    }

    /** Lists the dataset formats with their descriptions in the help's footer, from the registry. */
    static void describeFormats(CommandLine export) {
        int width = DatasetFormats.ALL.stream().mapToInt(f -> f.name().length()).max().orElse(4);
        List<String> footer = new ArrayList<>(List.of("", "Formats:"));
        for (DatasetFormat f : DatasetFormats.ALL) {
            footer.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", f.name(), f.description()));
        }
        footer.addAll(List.of(export.getCommandSpec().usageMessage().footer()));
        export.getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
    }

    @Option(names = "--excel", description = "Write CSV for Excel: UTF-8 byte-order mark and CRLF line ends.")
    boolean excel;

    @Option(names = "--no-formula-guard", description = {"Write CSV cells exactly, even those a spreadsheet would run",
            "as a formula (starting with =, +, -, @, tab or CR). By default such cells get a leading ' ."})
    boolean noFormulaGuard;

    @Option(names = "--unsafe", description = {"Also apply the fixes that are only suggested by default (fix: suggested",
            "in 'gazette rules'); every applied change is still recorded in the changes table."})
    boolean unsafe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CorpusOptions.Prepared prepared;
        try {
            prepared = corpus.prepare(unsafe, true);
        } catch (InputException e) {
            err.println("gazette export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<DatasetFormat> formats;
        try {
            formats = DatasetFormats.parseList(format);
        } catch (IllegalArgumentException e) {
            err.println("gazette export: --format: " + e.getMessage());
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
        DatasetExporter.Options options = DatasetExporter.Options.defaults().withFormats(formats)
                .withExcelCsv(excel).withFormulaGuard(!noFormulaGuard)
                .describedAs("Gazette report: " + String.join(", ", corpus.inputsOrDefault()),
                        "gazette " + GazetteCli.version());
        try (DatasetExporter exporter = new DatasetExporter(folder, options)) {
            RunResult result = prepared.run(exporter, corpus.progress());
            exporter.finish(result.products());
            exporter.commit();
            summary = result.summary();
            corpus.reportStaleDecisions(err, "export");
            for (String w : exporter.warnings()) {
                err.println("gazette export: warning: " + w);
            }
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
        return summary.rejected() > 0 || prepared.scan().notes().stream().anyMatch(n -> n.severity() != Severity.INFO)
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
