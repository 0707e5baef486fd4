package dev.gazette.beam;

import dev.gazette.beam.internal.Counters;
import dev.gazette.beam.read.InputSpec;
import dev.gazette.beam.read.ReadCorpus;
import dev.gazette.beam.step.StepSpec;
import dev.gazette.beam.write.Commit;
import dev.gazette.beam.write.DatasetSpec;
import dev.gazette.beam.write.Manifest;
import dev.gazette.beam.write.Merge;
import dev.gazette.model.io.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line of {@code gazette-beam.jar}: runs the export as a Beam pipeline on the runner
 * the options name ({@code --runner=DirectRunner}, {@code FlinkRunner}, {@code SparkRunner}, with
 * that runner's options passed through), or merges a sharded dataset into single files.
 *
 * <pre>
 * java -jar gazette-beam.jar --input=corpus/ --output=out-sharded [--runner=...]
 * java -jar gazette-beam.jar merge out-sharded out
 * </pre>
 *
 * Exit codes as {@code gazette export}'s: 0 done, 1 done but some inputs rejected, 2 usage or
 * input error (nothing written), 3 the job failed (nothing written).
 */
public final class GazetteBeam {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private GazetteBeam() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("merge")) {
            return merge(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        args = withDirectRunnerDefaults(args);
        GazetteOptions options;
        InputSpec input;
        StepSpec step;
        DatasetSpec dataset;
        try {
            PipelineOptionsFactory.register(GazetteOptions.class);
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(GazetteOptions.class);
            FileSystems.setDefaultPipelineOptions(options);
            input = new InputSpec(options.getInput(), options.getInputFormat(), options.getIdField(),
                    options.getTitleField(), options.getTextField(), options.getDateField(), options.getMaxFileSize());
            step = new StepSpec(options.getMaxFileSize(), options.getRecurringMin(),
                    StepSpec.FileContent.of(paths(options.getBoilerplate())),
                    StepSpec.FileContent.of(paths(options.getRegistry())), !options.getNoDefaultRegistry(),
                    StepSpec.FileContent.of(paths(options.getLexicon())));
            dataset = new DatasetSpec(List.of(options.getFormat().split(",")), options.getExcel(),
                    !options.getNoFormulaGuard());
            ReadCorpus.checkInputs(input);
            Commit.checkTarget(options.getOutput());
        } catch (IllegalArgumentException | InputException | IOException e) {
            err.println("gazette-beam: " + e.getMessage());
            return USAGE;
        }
        Pipeline p = Pipeline.create(options);
        try {
            GazettePipeline.build(p, input, step, dataset, options.getOutput(),
                    new GazettePipeline.Sharding(options.getDocumentsPerPart(), options.getMaxParts(),
                            options.getBuckets(), options.getComponentRounds()));
        } catch (IllegalArgumentException e) {
            err.println("gazette-beam: " + e.getMessage());
            return USAGE;
        }
        PipelineResult result;
        try {
            result = p.run();
            result.waitUntilFinish();
        } catch (RuntimeException e) {
            err.println("gazette-beam: the job failed, nothing was written to " + options.getOutput() + ": "
                    + rootMessage(e));
            return FAILED;
        }
        long articles = counter(result, Counters.ARTICLES);
        long rejected = counter(result, Counters.REJECTED);
        out.println("gazette-beam: " + (articles < 0 ? "" : articles + " articles, " + rejected + " inputs rejected; ")
                + "wrote " + options.getOutput() + " (" + Manifest.FILE + " lists the parts; merge them with: java -jar"
                + " gazette-beam.jar merge " + options.getOutput() + " DIR)");
        if (articles == 0) {
            err.println("gazette-beam: no article could be read from " + options.getInput() + "; the dataset is empty");
            return FINDINGS;
        }
        return rejected > 0 ? FINDINGS : OK;
    }

    private static int merge(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar gazette-beam.jar merge SHARDED_DATASET OUTPUT_FOLDER");
            return USAGE;
        }
        try {
            FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
            List<String> files = Merge.merge(args[0], Path.of(args[1]));
            out.println("gazette-beam: merged " + args[0] + " into " + args[1] + ": " + String.join(", ", files));
            return OK;
        } catch (IOException e) {
            err.println("gazette-beam merge: " + e.getMessage());
            return USAGE;
        }
    }

    /**
     * On the DirectRunner (the default runner), turns off its check that no step changes its input
     * elements unless the user asks for it: a check for developing transforms (the tests keep it on),
     * which encodes every element twice more.
     */
    static String[] withDirectRunnerDefaults(String[] args) {
        boolean direct = true;
        for (String a : args) {
            if (a.startsWith("--enforceImmutability")) {
                return args;
            }
            if (a.startsWith("--runner=")) {
                direct = a.substring("--runner=".length()).toLowerCase(java.util.Locale.ROOT).startsWith("direct");
            }
        }
        if (!direct) {
            return args;
        }
        String[] out = Arrays.copyOf(args, args.length + 1);
        out[args.length] = "--enforceImmutability=false";
        return out;
    }

    private static List<Path> paths(List<String> names) {
        return names == null ? List.of() : names.stream().map(Path::of).toList();
    }

    private static long counter(PipelineResult result, String name) {
        try {
            MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(Counters.NAMESPACE, name)).build());
            long total = 0;
            for (MetricResult<Long> c : q.getCounters()) {
                total += c.getAttempted();
            }
            return total;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
