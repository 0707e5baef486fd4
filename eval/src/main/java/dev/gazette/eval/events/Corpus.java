package dev.gazette.eval.events;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import dev.gazette.validate.engine.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs Gazette's engine over a corpus file with its analysis products, as {@code gazette export}
 * would, and writes one TSV of rows made from each article's result, sorted by article id.
 */
final class Corpus {

    private Corpus() {
    }

    /**
     * Runs the corpus and writes the rows.
     *
     * @param corpus     a corpus file or folder (JSON Lines with id, title, date, text)
     * @param registries extra registry files (people and their posts)
     * @param header     the TSV header
     * @param rows       the rows of one article's result (tabs and line breaks in cells are replaced by spaces)
     */
    static RunResult run(String corpus, List<Path> registries, Path out, String header,
                         Function<ArticleResult, List<List<String>>> rows) throws IOException, InputException {
        return run(corpus, FieldMapping.defaults(), registries, out, header, rows);
    }

    /** Runs the corpus, reading its records' fields as {@code mapping} says, and writes the rows. */
    static RunResult run(String corpus, FieldMapping mapping, List<Path> registries, Path out, String header,
                         Function<ArticleResult, List<List<String>>> rows) throws IOException, InputException {
        Engine engine = new Engine(EngineOptions.builder().products(true)
                .referenceData(new ReferenceData(registries, true, List.of())).build());
        InputScanner.Scan scan = InputScanner.forFormat(null).scan(List.of(corpus));
        Map<String, List<String>> byArticle = new TreeMap<>();
        RunResult result = engine.run(CorpusSource.builder(scan.files()).reader(engine.reader())
                .mapping(mapping).build(), scan.notes(), r -> {
                    if (!r.parsed()) {
                        return;
                    }
                    List<String> lines = new ArrayList<>();
                    for (List<String> row : rows.apply(r)) {
                        List<String> cells = new ArrayList<>();
                        for (String c : row) {
                            cells.add(c == null ? "" : c.replaceAll("[\\t\\r\\n]+", " "));
                        }
                        lines.add(String.join("\t", cells));
                    }
                    byArticle.put(r.id(), lines);
                }, ProgressListener.NONE);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println(header);
            byArticle.values().forEach(l -> l.forEach(w::println));
        }
        return result;
    }

    /** The registry files among {@code args} from index {@code from}. */
    static List<Path> paths(String[] args, int from) {
        List<Path> out = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            out.add(Path.of(args[i]));
        }
        return out;
    }
}
