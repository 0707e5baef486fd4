package dev.gazette.cli;

import dev.gazette.model.Finding;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.Engine;
import dev.gazette.validate.ProgressListener;
import dev.gazette.validate.RuleEnvironment;
import dev.gazette.validate.RuleSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every corpus command shares: inputs and reference data. */
final class CorpusOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt), corpus files (.jsonl, .ndjson, .json, .csv, .tsv; each optionally"
                    + " .gz), or folders of them (searched recursively). Default: seeds")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "Extra boilerplate patterns ('category<TAB>regex' lines); repeatable.")
    List<Path> boilerplate = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Skip (and report) article files larger than this. Default: ${DEFAULT-VALUE}")
    long maxFileSize;

    @Option(names = "--recurring-min", paramLabel = "N", defaultValue = "3",
            description = "A short line in at least N articles is boilerplate. Default: ${DEFAULT-VALUE}")
    int recurringMin;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors on stderr (no progress bar either).")
    boolean quiet;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "How to read the inputs: auto (by file extension), text (one article per file), jsonl,"
                    + " json (an array of objects), csv or tsv (a header row names the fields). A format other than"
                    + " auto also limits folders to its files. Default: ${DEFAULT-VALUE}")
    String inputFormat;

    @Option(names = "--id-field", paramLabel = "FIELD", defaultValue = "id",
            description = "Record field holding the article id; a dotted path reaches nested JSON (attrs.newid)."
                    + " Without one, a record is named file-N. Default: ${DEFAULT-VALUE}")
    String idField;

    @Option(names = "--title-field", paramLabel = "FIELD", defaultValue = "title",
            description = "Record field holding the title ('' for none). Default: ${DEFAULT-VALUE}")
    String titleField;

    @Option(names = "--text-field", paramLabel = "FIELD", defaultValue = "text",
            description = "Record field holding the article text (required in every record). Default: ${DEFAULT-VALUE}")
    String textField;

    @Option(names = "--date-field", paramLabel = "FIELD", defaultValue = "date",
            description = "Record field holding the publication date ('' for none). Default: ${DEFAULT-VALUE}")
    String dateField;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 uses every processor. Output is the same for any N. Default: ${DEFAULT-VALUE}")
    int threads;

    /** The inputs, or the default corpus. */
    List<String> inputsOrDefault() {
        return inputs.isEmpty() ? List.of("seeds") : inputs;
    }

    /** Lists the article and corpus files; an input that does not exist, or a bad flag, is a usage error. */
    InputScanner.Scan scan() throws InputException {
        return InputScanner.forFormat(format()).scan(inputsOrDefault());
    }

    /** The format named by --input-format, or {@code null} for auto. */
    InputFormat format() throws InputException {
        String f = inputFormat.strip().toLowerCase(Locale.ROOT);
        if (f.equals("auto")) {
            return null;
        }
        for (InputFormat v : InputFormat.values()) {
            if (v.label().equals(f)) {
                return v;
            }
        }
        throw new InputException("--input-format: unknown format '" + inputFormat
                + "'; choose auto, text, jsonl, json, csv or tsv");
    }

    /** The corpus as the engine reads it: every pass re-reads the scanned files. */
    DocumentSource source(InputScanner.Scan scan, DocumentReader reader) throws InputException {
        FieldMapping mapping;
        try {
            mapping = new FieldMapping(idField, titleField, textField, dateField);
        } catch (IllegalArgumentException e) {
            throw new InputException("--text-field: " + e.getMessage());
        }
        return CorpusSource.builder(scan.files()).reader(reader).mapping(mapping).format(format()).build();
    }

    /** A progress bar on a terminal, else nothing. */
    ProgressListener progress() {
        return ProgressBars.forTerminal(quiet, System.err);
    }

    /** Builds the engine options from the flags. */
    Engine.Options engineOptions(boolean applySuggested) throws IOException {
        ParserConfig parser = ParserConfig.defaults();
        for (Path p : boilerplate) {
            try {
                parser = parser.withBoilerplateFile(p);
            } catch (IllegalArgumentException e) {
                throw new IOException("bad boilerplate file " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IOException("cannot read boilerplate file " + p + ": " + e.getMessage(), e);
            }
        }
        try {
            parser = parser.withRecurringMinArticles(recurringMin);
        } catch (IllegalArgumentException e) {
            throw new IOException("--recurring-min: " + e.getMessage(), e);
        }
        if (threads < 0) {
            throw new IOException("--threads: must be 0 (every processor) or more, got " + threads);
        }
        return new Engine.Options(parser, RuleSettings.defaults(), RuleEnvironment.defaults(),
                maxFileSize, applySuggested, Engine.Options.defaults().cacheBudgetChars(), threads);
    }

    /** Input files and scan notes together. */
    record Inputs(List<InputFile> files, List<Finding> notes) {
    }
}
