package dev.gazette.eval.events;

import dev.gazette.analysis.events.Event;
import dev.gazette.analysis.events.Named;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the events Gazette extracts from a corpus as TSV (article, sentence, type, participants,
 * place, date, expression, status): the input of {@code eval/sets/events/score.py}. Participants
 * and place are written as {@code canonical name|text as written}, participants joined by "; ". The
 * labels are of each sentence alone, so a place or date the extractor takes from another sentence
 * of the article ({@link Event#placeContext()}, {@link Event#dateContext()}) is left out.
 *
 * <p>Usage: {@code EventsHarness CORPUS.jsonl OUT.tsv [REGISTRY.yaml...]}; run through
 * {@code eval/run.sh events}.
 */
public final class EventsHarness {

    private EventsHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EventsHarness CORPUS.jsonl OUT.tsv [REGISTRY.yaml...]");
            System.exit(2);
        }
        Corpus.run(args[0], Corpus.paths(args, 2), Path.of(args[1]),
                "article\tsentence\ttype\tparticipants\tplace\tdate\texpression\tstatus", r -> {
                    String raw = r.article().raw();
                    List<List<String>> rows = new ArrayList<>();
                    for (Event e : r.products().events()) {
                        List<String> parts = new ArrayList<>();
                        for (Named n : e.participants()) {
                            parts.add(written(n, raw));
                        }
                        // the labels are of the sentence alone: a place or date from another sentence is left out
                        boolean ownPlace = e.place() != null && e.placeContext() == null;
                        boolean ownDate = e.dateContext() == null;
                        rows.add(List.of(r.id(), raw.substring(e.sentenceStart(), e.sentenceEnd()).replaceAll("\\s+", " "),
                                e.type(), String.join("; ", parts), ownPlace ? written(e.place(), raw) : "",
                                ownDate && e.date() != null ? e.date().toString() : "",
                                ownDate && e.dateExpression() != null ? e.dateExpression() : "", e.status()));
                    }
                    return rows;
                });
    }

    private static String written(Named n, String raw) {
        return n.name() + "|" + raw.substring(n.start(), n.end()).replaceAll("\\s+", " ");
    }
}
