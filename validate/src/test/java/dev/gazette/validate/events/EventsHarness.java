package dev.gazette.validate.events;

import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import dev.gazette.analysis.events.Event;
import dev.gazette.analysis.events.EventExtractor;
import dev.gazette.analysis.events.Named;
import dev.gazette.analysis.names.Mention;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import dev.gazette.validate.engine.ProgressListener;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the engine over a corpus file and writes the events of every article as TSV (article,
 * sentence, type, participants, place, date, expression, status): the input of the events
 * evaluation's scorer ({@code eval/sets/events/score.py}).
 * Usage: {@code EventsHarness CORPUS.jsonl OUT.tsv}.
 */
public final class EventsHarness {

    private EventsHarness() {
    }

    public static void main(String[] args) throws Exception {
        Engine engine = new Engine(EngineOptions.builder().products(true).build());
        InputScanner.Scan scan = new InputScanner().scan(List.of(args[0]));
        EventExtractor extractor = EventExtractor.standard();
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
                    LocalDate published = r.article().published() == null ? null : r.article().published().date();
                    List<String> out = new ArrayList<>();
                    String raw = r.article().raw();
                    for (Event e : extractor.extract(r.article(), names, published)) {
                        List<String> parts = new ArrayList<>();
                        for (Named n : e.participants()) {
                            parts.add(n.name() + "|" + raw.substring(n.start(), n.end()).replaceAll("\\s+", " "));
                        }
                        out.add(String.join("\t", r.id(), raw.substring(e.sentenceStart(), e.sentenceEnd()).replaceAll("\\s+", " "),
                                e.type(), String.join("; ", parts), e.place() == null ? "" : e.place().name() + "|" + raw.substring(e.place().start(), e.place().end()).replaceAll("\\s+", " "),
                                e.date() == null ? "" : e.date().toString(),
                                e.dateExpression() == null ? "" : e.dateExpression(), e.status()));
                    }
                    synchronized (rows) {
                        rows.put(r.id(), out);
                    }
                }, ProgressListener.NONE);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("article\tsentence\ttype\tparticipants\tplace\tdate\texpression\tstatus");
            rows.values().forEach(l -> l.forEach(w::println));
        }
    }
}
