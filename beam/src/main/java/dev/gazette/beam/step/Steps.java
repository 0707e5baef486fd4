package dev.gazette.beam.step;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.NameClustering;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.model.parse.ParserConfig;
import dev.gazette.validate.engine.ArticleStep;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-article step of a {@link StepSpec}, built once per worker JVM and shared by its
 * threads (the step is stateless and thread-safe). Building it loads the reference data, which
 * is too costly to repeat per bundle. The corpus statistics of the step are identified by their
 * position in {@link ArticleStep#statistics()}, which is the same on every worker.
 */
public final class Steps {

    private static final Map<StepSpec, ArticleStep> BUILT = new ConcurrentHashMap<>();
    private static final Map<StepSpec, NameClustering> CLUSTERINGS = new ConcurrentHashMap<>();

    private Steps() {
    }

    /**
     * Uses {@code step} for {@code spec} in this JVM, instead of building it: for embedding (a step
     * with rules of one's own) and tests, on runners that run in this JVM (the DirectRunner, an
     * in-process Flink mini-cluster).
     */
    public static void register(StepSpec spec, ArticleStep step) {
        BUILT.put(spec, step);
    }

    /**
     * The step of {@code spec} on this JVM.
     *
     * @throws IllegalArgumentException when a reference file is malformed
     */
    public static ArticleStep of(StepSpec spec) {
        return BUILT.computeIfAbsent(spec, Steps::build);
    }

    /** The names clustering of the step's names analysis, built once per worker. */
    public static NameClustering clustering(StepSpec spec) {
        return CLUSTERINGS.computeIfAbsent(spec, s -> NameClustering.of(of(s).analyser().names()));
    }

    /**
     * A statistic's result as the step reads it: the names clustering's outcome (which travels
     * without the clusterer) becomes the names statistic's result on this worker; any other result
     * is read as it is.
     */
    public static Object result(StepSpec spec, Object value) {
        return value instanceof NameClustering.Result r ? clustering(spec).index(r) : value;
    }

    /** The engine options the step runs with: those of {@code gazette export} (products on, safe fixes only). */
    public static EngineOptions options(StepSpec spec) {
        try {
            Path dir = Files.createTempDirectory("gazette-reference-");
            dir.toFile().deleteOnExit();
            ParserConfig parser = ParserConfig.defaults();
            for (Path p : write(dir.resolve("boilerplate"), spec.boilerplate())) {
                parser = parser.withBoilerplateFile(p);
            }
            parser = parser.withRecurringMinArticles(spec.recurringMin());
            ReferenceData data = new ReferenceData(write(dir.resolve("registry"), spec.registries()),
                    spec.defaultRegistry(), write(dir.resolve("lexicon"), spec.lexicons()));
            return EngineOptions.builder().parser(parser).referenceData(data).maxFileBytes(spec.maxFileBytes())
                    .products(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reference files on this worker: " + e.getMessage(), e);
        }
    }

    private static ArticleStep build(StepSpec spec) {
        EngineOptions options = options(spec);
        Analyser analyser = Analyser.of(options.referenceData());
        return new ArticleStep(options, analyser, Rules.all(analyser, options.referenceData()));
    }

    /** Writes each file into its own numbered folder under its own name (names may repeat). */
    private static List<Path> write(Path dir, List<StepSpec.FileContent> files) throws IOException {
        List<Path> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            StepSpec.FileContent f = files.get(i);
            Path folder = Files.createDirectories(dir.resolve(Integer.toString(i)));
            Path file = folder.resolve(Path.of(f.name()).getFileName().toString());
            Files.write(file, f.content());
            file.toFile().deleteOnExit();
            out.add(file);
        }
        return out;
    }
}
