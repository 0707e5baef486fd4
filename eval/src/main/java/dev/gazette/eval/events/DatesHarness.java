package dev.gazette.eval.events;

import dev.gazette.analysis.dates.DateEstimator;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the publication range Gazette estimates for every undated article of a corpus as TSV
 * (article, earliest, latest, evidence): the input of {@code eval/sets/dates/score.py}. The corpus
 * is written with its dates hidden by {@code eval/sets/dates/prepare.py}.
 *
 * <p>Usage: {@code DatesHarness CORPUS.jsonl OUT.tsv [REGISTRY.yaml...]}; run through
 * {@code eval/run.sh dates}.
 */
public final class DatesHarness {

    private DatesHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DatesHarness CORPUS.jsonl OUT.tsv [REGISTRY.yaml...]");
            System.exit(2);
        }
        Corpus.run(args[0], Corpus.paths(args, 2), Path.of(args[1]), "article\tearliest\tlatest\tevidence", r -> {
            DateEstimator.Estimate e = r.products().dateEstimate();
            return List.of(List.of(r.id(), e.earliest() == null ? "" : e.earliest().toString(),
                    e.latest() == null ? "" : e.latest().toString(), e.evidence()));
        });
    }
}
