package dev.gazette.cli;

import dev.gazette.export.report.Baseline;
import dev.gazette.export.report.FailLevel;
import dev.gazette.export.report.Report;
import dev.gazette.export.report.ReportCollector;
import dev.gazette.export.report.ReportFormats;
import dev.gazette.export.report.ReportRenderer;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputException;
import dev.gazette.validate.engine.EngineOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gazette check}: run every enabled rule over the corpus, as {@code export} does but
 * writing no dataset, and report the findings in one or more formats. The exit code says
 * whether a finding reached the fail level, so CI can gate on it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the articles with every enabled rule and report the findings; no dataset is written.",
                "Give several --format/--output pairs to write several reports in one run."},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 at least one; "
                + "2 usage, configuration or I/O error."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            converter = FailLevelConverter.class, completionCandidates = FailLevelNames.class,
            description = "Exit with 1 when a finding is at or above LEVEL (${COMPLETION-CANDIDATES}). "
                    + "Default: ${DEFAULT-VALUE}")
    FailLevel failOn;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Suppress the findings recorded in FILE (see --write-baseline); only new findings count.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every current finding in FILE, to accept them; the run then counts none of them.")
    Path writeBaseline;

    @Spec
    CommandSpec spec;

    /** One report: a format and where it goes. */
    static final class Output {
        @Option(names = "--format", paramLabel = "FORMAT", required = true,
                converter = FormatConverter.class, completionCandidates = FormatNames.class,
                description = "Report format: ${COMPLETION-CANDIDATES} (see Formats below). Default: text")
        ReportRenderer format;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Write the report of the preceding --format to FILE instead of standard output.")
        Path file;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Output> targets = targets();
        int toStdout = 0;
        Set<Path> files = new HashSet<>();
        for (Output o : targets) {
            if (o.file == null) {
                toStdout++;
            } else if (!files.add(o.file.toAbsolutePath().normalize())) {
                err.println("gazette check: " + o.file + " is given as --output twice; give each report its own file");
                return ExitCodes.USAGE;
            }
        }
        if (toStdout > 1) {
            err.println("gazette check: only one --format can write to standard output; give --output FILE for the others");
            return ExitCodes.USAGE;
        }
        try {
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            CorpusOptions.Prepared prepared = corpus.prepare(false,
                    targets.stream().anyMatch(o -> o.format.showsArticles()));
            EngineOptions options = prepared.engine().options();
            ReportCollector collector = new ReportCollector();
            List<ReportRenderer.Session> sessions = new ArrayList<>(targets.size());
            try {
                for (Output o : targets) {
                    sessions.add(o.format.session(options.settings().catalogue()));
                }
                prepared.run(result -> {
                    collector.accept(result);
                    for (ReportRenderer.Session s : sessions) {
                        s.accept(result);
                    }
                }, corpus.progress());
                if (writeBaseline != null) {
                    try (Writer w = writer(writeBaseline)) {
                        Baseline.write(collector.entries(), w);
                    }
                    accepted = Baseline.of(collector.entries());
                }
                Report report = collector.report("gazette", GazetteCli.version(), failOn, accepted,
                        options.settings().catalogue(), Path.of("").toAbsolutePath().toUri());
                for (int i = 0; i < targets.size(); i++) {
                    Output o = targets.get(i);
                    if (o.file == null) {
                        PrintWriter out = spec.commandLine().getOut();
                        sessions.get(i).render(report, out);
                        out.flush();
                    } else {
                        try (Writer w = writer(o.file)) {
                            sessions.get(i).render(report, w);
                        }
                    }
                }
                if (!corpus.quiet) {
                    summary(err, report, targets);
                }
                return report.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
            } finally {
                for (ReportRenderer.Session s : sessions) {
                    s.close();
                }
            }
        } catch (InputException e) {
            err.println("gazette check: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("gazette check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private List<Output> targets() {
        if (!outputs.isEmpty()) {
            return outputs;
        }
        Output text = new Output();
        text.format = ReportFormats.get(ReportFormats.DEFAULT);
        return List.of(text);
    }

    private void summary(PrintWriter err, Report report, List<Output> targets) {
        boolean textOnStdout = targets.stream().anyMatch(o -> o.file == null && o.format.name().equals("text"));
        if (!textOnStdout) {
            err.println("Checked " + plural(report.articles(), "article") + ": "
                    + plural(report.entries().size(), "finding") + " (" + plural(report.count(Severity.ERROR), "error")
                    + ", " + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO)
                    + " info); " + report.suppressed() + " suppressed by the baseline; " + report.failing()
                    + " at or above --fail-on " + report.failOn().label() + ".");
        }
        if (writeBaseline != null) {
            err.println("Wrote a baseline of " + plural(report.suppressed(), "finding") + " to " + writeBaseline);
        }
        for (Output o : targets) {
            if (o.file != null) {
                err.println("Wrote the " + o.format.name() + " report to " + o.file);
            }
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Writer writer(Path file) throws IOException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e, e);
        }
    }

    /** Adds the list of formats, from the registry, to the help of {@code check}. */
    static void describeFormats(CommandLine check) {
        int width = ReportFormats.names().stream().mapToInt(String::length).max().orElse(4);
        List<String> footer = new ArrayList<>(List.of("", "Formats:"));
        for (ReportRenderer r : ReportFormats.all()) {
            footer.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", r.name(), r.description()));
        }
        footer.addAll(List.of(check.getCommandSpec().usageMessage().footer()));
        check.getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
    }

    /** The {@code --format} choices, from the registry. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ReportFormats.names().iterator();
        }
    }

    /** The {@code --fail-on} choices. */
    static final class FailLevelNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return FailLevel.labels().iterator();
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportRenderer> {
        @Override
        public ReportRenderer convert(String value) {
            try {
                return ReportFormats.get(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FailLevelConverter implements CommandLine.ITypeConverter<FailLevel> {
        @Override
        public FailLevel convert(String value) {
            try {
                return FailLevel.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
