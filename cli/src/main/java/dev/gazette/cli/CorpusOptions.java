package dev.gazette.cli;

import dev.gazette.model.Finding;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.Engine;
import dev.gazette.validate.RuleEnvironment;
import dev.gazette.validate.RuleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every corpus command shares: inputs and reference data. */
final class CorpusOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files, or folders of .txt files (searched recursively). Default: seeds")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "Extra boilerplate patterns ('category<TAB>regex' lines); repeatable.")
    List<Path> boilerplate = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "FILE",
            description = {"Extra entity registry (YAML or JSON: known entities, their canonical names and other "
                    + "names); repeatable. An entity whose id is already known is replaced."})
    List<Path> registries = new ArrayList<>();

    @Option(names = "--no-default-registry", negatable = false,
            description = "Do not use the bundled registry of Middle East security entities. Spelling variants "
                    + "are still discovered.")
    boolean noDefaultRegistry;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Skip (and report) files larger than this. Default: ${DEFAULT-VALUE}")
    long maxFileSize;

    @Option(names = "--recurring-min", paramLabel = "N", defaultValue = "3",
            description = "A short line in at least N articles is boilerplate. Default: ${DEFAULT-VALUE}")
    int recurringMin;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors on stderr.")
    boolean quiet;

    /** The inputs, or the default corpus. */
    List<String> inputsOrDefault() {
        return inputs.isEmpty() ? List.of("seeds") : inputs;
    }

    /** Lists the article files; an input that does not exist is a usage error. */
    InputScanner.Scan scan() throws InputException {
        return new InputScanner().scan(inputsOrDefault());
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
        for (Path p : registries) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("--registry " + p + ": no such file");
            }
        }
        return new Engine.Options(parser, RuleSettings.defaults(), environment(),
                maxFileSize, applySuggested, Engine.Options.defaults().cacheBudgetChars());
    }

    /** The reference data the rules read: registries from the flags. */
    RuleEnvironment environment() {
        return new RuleEnvironment(registries, !noDefaultRegistry, List.of());
    }

    /** Input files and scan notes together. */
    record Inputs(List<InputFile> files, List<Finding> notes) {
    }
}
