package dev.gazette.validate.events;

import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.analysis.events.DateEstimator;
import dev.gazette.analysis.events.Named;
import dev.gazette.analysis.events.RolePeriods;
import dev.gazette.analysis.names.Mention;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the engine over a corpus file whose dates are hidden and writes the estimated publication
 * range of every article as TSV (article, earliest, latest, evidence): the input of
 * {@code eval/sets/dates/score.py}. Usage: {@code DatesHarness CORPUS.jsonl OUT.tsv [REGISTRY.yaml...]}.
 */
public final class DatesHarness {

    private DatesHarness() {
    }

    public static void main(String[] args) throws Exception {
        Engine engine = new Engine(EngineOptions.builder().products(true).build());
        InputScanner.Scan scan = new InputScanner().scan(List.of(args[0]));
        List<Path> registries = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            registries.add(Path.of(args[i]));
        }
        DateEstimator estimator = DateEstimator.standard(RolePeriods.read(registries, true));
        Map<String, List<String>> rows = new TreeMap<>();
        engine.run(CorpusSource.builder(scan.files()).reader(engine.reader()).mapping(FieldMapping.defaults()).build(),
                scan.notes(), r -> {
                    if (!r.parsed()) {
                        return;
                    }
                    List<Mention> m = r.products() == null ? null : r.products().mentions();
                    List<Named> names = new ArrayList<>();
                    if (m != null) {
                        for (Mention x : m) {
                            names.add(new Named(x.start(), x.end(), x.entityId(), x.canonical(), x.type().label(), x.role()));
                        }
                    }
                    DateEstimator.Estimate e = estimator.estimate(r.article(), names);
                    String row = String.join("\t", r.id(), e.earliest() == null ? "" : e.earliest().toString(),
                            e.latest() == null ? "" : e.latest().toString(), e.evidence().replace('\t', ' ').replace('\n', ' '));
                    synchronized (rows) {
                        rows.put(r.id(), List.of(row));
                    }
                }, ProgressListener.NONE);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("article\tearliest\tlatest\tevidence");
            rows.values().forEach(l -> l.forEach(w::println));
        }
    }
}
