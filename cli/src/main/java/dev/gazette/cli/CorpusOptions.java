package dev.gazette.cli;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import dev.gazette.validate.RuleSettings;
import dev.gazette.validate.engine.ArticleLimits;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import dev.gazette.validate.engine.RunResult;
import dev.gazette.validate.fix.Decisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every corpus command shares: inputs, reference data and the configuration file. */
final class CorpusOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt), corpus files (.jsonl, .ndjson, .json, .csv, .tsv; each optionally"
                    + " .gz), or folders of them (searched recursively). Default: the configuration's"
                    + " inputs.paths, else seeds")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (rules, severities, options, reference files, input globs). "
                    + "Default: " + Configuration.FILE_NAME + " in the working folder, if there is one.")
    Path configFile;

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "Extra boilerplate patterns ('category<TAB>regex' lines); repeatable.")
    List<Path> boilerplate = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra word list for the text rules (one word a line, UTF-8; a capitalised word is a"
                    + " proper noun); repeatable.")
    List<Path> lexicon = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "FILE",
            description = {"Extra entity registry (YAML or JSON: known entities, their canonical names and other "
                    + "names, and the posts people held with their dates, which the role-timeline rule and the date "
                    + "estimates read); repeatable. An entity whose id is already known is replaced. A timeline file is "
                    + "a registry file that lists people and their roles."})
    List<Path> registries = new ArrayList<>();

    @Option(names = "--dated-events", paramLabel = "FILE",
            description = "Extra events with known dates that undated articles refer to ('PATTERN<TAB>FIRST DAY<TAB>LAST "
                    + "DAY<TAB>NAME' lines, as the bundled dated-events.tsv); repeatable.")
    List<Path> datedEvents = new ArrayList<>();

    @Option(names = "--no-default-registry", negatable = false,
            description = "Do not use the bundled registry of Middle East security entities. Spelling variants "
                    + "are still discovered.")
    boolean noDefaultRegistry;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Skip (and report) article files larger than this. Default: ${DEFAULT-VALUE}")
    long maxFileSize;

    @Option(names = "--max-record-size", paramLabel = "BYTES", defaultValue = "" + CorpusSource.DEFAULT_MAX_RECORD_BYTES,
            description = "Skip (and report) corpus records larger than this: a JSON Lines line, a JSON element or"
                    + " string, a CSV row. Default: ${DEFAULT-VALUE}")
    long maxRecordSize;

    @Option(names = "--max-findings-per-rule", paramLabel = "N",
            defaultValue = "" + ArticleLimits.DEFAULT_MAX_FINDINGS_PER_RULE,
            description = "Report at most N findings of one rule in one article; one findings-capped finding"
                    + " counts the rest. Default: ${DEFAULT-VALUE}")
    int maxFindingsPerRule;

    @Option(names = "--max-paragraph-chars", paramLabel = "N",
            defaultValue = "" + ArticleLimits.DEFAULT_MAX_PARAGRAPH_CHARS,
            description = "Rules and analysis skip (and report) paragraphs longer than N characters."
                    + " Default: ${DEFAULT-VALUE}")
    int maxParagraphChars;

    @Option(names = "--max-article-chars", paramLabel = "N",
            defaultValue = "" + ArticleLimits.DEFAULT_MAX_ARTICLE_CHARS,
            description = "Articles longer than N characters are not checked, only exported with their raw text"
                    + " (and reported). Default: ${DEFAULT-VALUE}")
    long maxArticleChars;

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

    @Option(names = "--decisions", paramLabel = "FILE",
            description = {"A team's review of the fixes (CSV: fingerprint,decision,rule,article_id,note; decision accept or "
                    + "reject; fingerprint from the findings table): accepted fixes are applied even when only suggested, "
                    + "rejected ones never. Decisions that match no finding are reported."})
    Path decisionsFile;

    @Option(names = "--apply", paramLabel = "RULE", split = ",",
            description = {"Apply the fixes of these rules by default, as if they were safe (comma-separated rule ids; "
                    + "the same as 'apply: true' for the rule in gazette.yaml). For a team that has reviewed a rule's "
                    + "fixes on its own corpus; --unsafe applies every suggested fix."})
    List<String> apply = new ArrayList<>();

    private Decisions decisions = Decisions.none();


    private Configuration configuration;

    /**
     * Checks the values of the options before anything is read: a negative, zero or otherwise
     * nonsensical value is a usage error that names the option and the range it takes.
     *
     * @throws CommandLine.ParameterException naming the option
     */
    void validate(CommandLine commandLine) {
        if (maxFileSize < 1) {
            throw usage(commandLine, "--max-file-size must be 1 byte or more (default "
                    + DocumentReader.DEFAULT_MAX_BYTES + "), got " + maxFileSize);
        }
        if (maxRecordSize < 1) {
            throw usage(commandLine, "--max-record-size must be 1 byte or more (default "
                    + CorpusSource.DEFAULT_MAX_RECORD_BYTES + "), got " + maxRecordSize);
        }
        if (maxFindingsPerRule < 1) {
            throw usage(commandLine, "--max-findings-per-rule must be 1 or more, got " + maxFindingsPerRule);
        }
        if (maxParagraphChars < 1) {
            throw usage(commandLine, "--max-paragraph-chars must be 1 or more, got " + maxParagraphChars);
        }
        if (maxArticleChars < 1) {
            throw usage(commandLine, "--max-article-chars must be 1 or more, got " + maxArticleChars);
        }
        if (recurringMin < 2) {
            throw usage(commandLine, "--recurring-min must be 2 articles or more (a line in one article"
                    + " recurs nowhere; default 3), got " + recurringMin);
        }
        if (threads < 0) {
            throw usage(commandLine, "--threads must be 0 (every processor) or more, got " + threads);
        }
        for (String id : apply) {
            try {
                RuleCatalogue.standard().withFix(id.strip(), RuleDescriptor.FixKind.SAFE);
            } catch (IllegalArgumentException e) {
                throw usage(commandLine, "--apply: " + e.getMessage());
            }
        }
        if (textField.isBlank()) {
            throw usage(commandLine, "--text-field must name the field that holds the article text");
        }
        try {
            format();
        } catch (InputException e) {
            throw usage(commandLine, e.getMessage());
        }
    }

    private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }

    /** The inputs as paths (after {@link #configuration()}: the configuration may name them). */
    List<Path> inputPaths() {
        List<Path> out = new ArrayList<>();
        for (String s : inputsOrDefault()) {
            out.add(Path.of(s));
        }
        return out;
    }

    /**
     * The configuration: {@code --config FILE}, else {@code gazette.yaml} in the working folder,
     * else the defaults. Read once.
     *
     * @throws ConfigurationException when the file cannot be used, naming the problem
     */
    Configuration configuration() throws ConfigurationException {
        if (configuration == null) {
            Path working = Path.of("").toAbsolutePath();
            if (configFile != null) {
                configuration = ConfigurationReader.read(configFile, working);
            } else if (Files.isRegularFile(working.resolve(Configuration.FILE_NAME))) {
                configuration = ConfigurationReader.read(Path.of(Configuration.FILE_NAME), working);
            } else {
                configuration = Configuration.defaults();
            }
        }
        return configuration;
    }

    /** The inputs, else the configuration's default inputs, else the sample corpus. */
    List<String> inputsOrDefault() {
        if (!inputs.isEmpty()) {
            return inputs;
        }
        if (configuration != null && !configuration.paths().isEmpty()) {
            return configuration.paths();
        }
        return List.of("seeds");
    }

    /**
     * Lists the article files that pass the configuration's include and exclude globs; an
     * input that does not exist is a usage error.
     *
     * @throws ConfigurationException when the configuration file cannot be used
     */
    InputScanner.Scan scan() throws InputException, ConfigurationException {
        Configuration c = configuration();
        InputScanner.Scan scan = InputScanner.forFormat(format()).scan(inputsOrDefault());
        if (c.include().isEmpty() && c.exclude().isEmpty()) {
            return scan;
        }
        List<InputFile> kept = scan.files().stream().filter(f -> c.accepts(f.source())).toList();
        return new InputScanner.Scan(kept, scan.notes());
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
        return CorpusSource.builder(scan.files()).reader(reader).mapping(mapping).format(format())
                .maxRecordBytes(maxRecordSize).build();
    }

    /** What every corpus command needs before it runs: the engine, the scanned inputs and the document source. */
    record Prepared(Engine engine, InputScanner.Scan scan, DocumentSource source) {
        /** Runs the engine over the source into {@code sink}, with the scan's notes. */
        RunResult run(Engine.ResultSink sink, ProgressListener progress) throws IOException {
            return engine.run(source, scan.notes(), sink, progress);
        }
    }

    /**
     * Builds the engine from the configuration and flags, and scans the inputs.
     *
     * @param applySuggested apply suggested fixes too ({@code --unsafe})
     * @param products       results carry the analysis's data products (for the dataset tables)
     * @throws InputException when an input does not exist or a corpus flag is wrong
     * @throws IOException    when the configuration or a reference file cannot be used
     */
    Prepared prepare(boolean applySuggested, boolean products) throws InputException, IOException {
        InProgress.working("reading the configuration and the reference data", 0);
        Engine engine;
        try {
            engine = new Engine(engineOptions(applySuggested).toBuilder().products(products).build());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            // a malformed registry, word list or lexicon: the message names the file and line
            throw new ConfigurationException(e instanceof java.io.UncheckedIOException u && u.getCause() != null
                    ? u.getCause().getMessage() : e.getMessage(), e);
        }
        InProgress.working("listing the inputs", 0);
        InputScanner.Scan scan = scan();
        InProgress.done();
        return new Prepared(engine, scan, InProgress.tracked(source(scan, engine.reader())));
    }

    /** Reports each decision of {@code --decisions} that matched no finding of the run, as a warning on {@code err}. */
    void reportStaleDecisions(java.io.PrintWriter err, String command) {
        for (Decisions.Entry e : decisions.stale()) {
            err.println("gazette " + command + ": warning: " + decisions.describeStale(e));
        }
    }

    /** A progress bar on a terminal, else nothing. */
    ProgressListener progress() {
        return ProgressBars.forTerminal(quiet, System.err);
    }

    /** Builds the engine options from the configuration and the flags. */
    EngineOptions engineOptions(boolean applySuggested) throws IOException {
        Configuration c = configuration();
        ParserConfig parser = ParserConfig.defaults();
        List<Path> patternFiles = new ArrayList<>(c.boilerplate());
        patternFiles.addAll(boilerplate);
        for (Path p : patternFiles) {
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
        for (Path p : lexicon) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new IOException("cannot read word list " + p + " (--lexicon): no such readable file");
            }
        }
        for (Path p : registries) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("--registry " + p + ": no such file");
            }
        }
        for (Path p : datedEvents) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw new IOException("--dated-events " + p + ": no such readable file");
            }
        }
        if (threads < 0) {
            throw new IOException("--threads: must be 0 (every processor) or more, got " + threads);
        }
        if (decisionsFile != null) {
            if (!Files.isRegularFile(decisionsFile)) {
                throw new IOException("--decisions " + decisionsFile + ": no such file");
            }
            decisions = Decisions.read(decisionsFile);
        }
        RuleSettings settings = c.settings();
        for (String id : apply) {
            try {
                settings = settings.withFixApplied(id.strip(), true);
            } catch (IllegalArgumentException e) {
                throw new IOException("--apply: " + e.getMessage(), e);
            }
        }
        return EngineOptions.builder().parser(parser).settings(settings).decisions(decisions)
                .referenceData(environment(c.environment())).maxFileBytes(maxFileSize)
                .applySuggestedFixes(applySuggested).threads(threads)
                .limits(new ArticleLimits(maxFindingsPerRule, maxParagraphChars, maxArticleChars)).build();
    }

    /** The configuration file's reference data plus the command line's: files add up,
            and either can drop the default registry. */
    ReferenceData environment(ReferenceData configured) {
        List<Path> registryFiles = new ArrayList<>(configured.registryFiles());
        registryFiles.addAll(registries);
        List<Path> lexicons = new ArrayList<>(configured.lexiconFiles());
        lexicons.addAll(lexicon);
        List<Path> dated = new ArrayList<>(configured.datedEventFiles());
        dated.addAll(datedEvents);
        return new ReferenceData(registryFiles, configured.defaultRegistry() && !noDefaultRegistry, lexicons, dated);
    }
}
