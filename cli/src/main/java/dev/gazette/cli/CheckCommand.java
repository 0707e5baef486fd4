package dev.gazette.cli;

import dev.gazette.export.files.AtomicFile;
import dev.gazette.export.report.Baseline;
import dev.gazette.export.report.FailLevel;
import dev.gazette.export.report.Report;
import dev.gazette.export.report.ReportCollector;
import dev.gazette.export.report.ReportFormats;
import dev.gazette.export.report.ReportRenderer;
import dev.gazette.model.Severity;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFormat;
import dev.gazette.validate.engine.EngineOptions;
import java.io.IOException;
import java.io.PrintWriter;
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
        description = {"Check the articles with every enabled rule and report the findings; no dataset is written. "
                + "Give several --format/--output pairs to write several reports in one run."},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 usage,",
                "configuration or I/O error; 3 out of memory; 4 internal error (a bug). With 2, 3",
                "and 4 no report is left half-written."})
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
        corpus.validate(spec.commandLine());
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
        String nested = readBack(targets);
        if (nested != null) {
            err.println("gazette check: " + nested);
            return ExitCodes.USAGE;
        }
        try {
            InProgress.working("reading the baseline " + baseline, 0);
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            InProgress.done();
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
                    InProgress.working("writing the baseline " + writeBaseline, 0);
                    AtomicFile.write(writeBaseline, w -> Baseline.write(collector.entries(), w));
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
                        InProgress.working("writing the " + o.format.name() + " report " + o.file, 0);
                        ReportRenderer.Session session = sessions.get(i);
                        AtomicFile.write(o.file, w -> session.render(report, w));
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

    /**
     * A report or baseline written inside an input folder under a name the input scanner reads
     * (a {@code .json} or {@code .txt} report) would be read as articles by the next run: the
     * sentence that refuses it, or {@code null}.
     */
    private String readBack(List<Output> targets) {
        List<Path> files = new ArrayList<>();
        for (Output o : targets) {
            if (o.file != null) {
                files.add(o.file);
            }
        }
        if (writeBaseline != null) {
            files.add(writeBaseline);
        }
        for (Path f : files) {
            if (InputFormat.fromName(f.getFileName().toString()).isEmpty()) {
                continue;
            }
            Path abs = f.toAbsolutePath().normalize();
            for (String input : corpus.inputs) {
                Path in = Path.of(input).toAbsolutePath().normalize();
                if (Files.isDirectory(in) && abs.startsWith(in)) {
                    return f + " is inside the input folder " + input + ", where the next run would read it as"
                            + " articles; write it outside the inputs (or under another extension)";
                }
            }
        }
        return null;
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
