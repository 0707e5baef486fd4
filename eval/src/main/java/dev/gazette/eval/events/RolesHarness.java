package dev.gazette.eval.events;

import dev.gazette.model.Finding;
import dev.gazette.model.io.corpus.FieldMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the role-timeline and role-conflict findings Gazette reports on a corpus as TSV
 * (article, rule, start, end, line, message, sentence), for judging by hand and scoring with
 * {@code eval/sets/roles/score.py} against {@code eval/sets/roles/judgements.tsv}.
 *
 * <p>Usage: {@code RolesHarness CORPUS OUT.tsv [--reuters] [REGISTRY.yaml...]}, {@code --reuters} for the
 * fields of Reuters-21578 (id {@code attrs.newid}, text {@code body}); run through {@code eval/run.sh roles}.
 */
public final class RolesHarness {

    private RolesHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RolesHarness CORPUS OUT.tsv [--reuters] [REGISTRY.yaml...]");
            System.exit(2);
        }
        boolean reuters = args.length > 2 && args[2].equals("--reuters");
        // Reuters-21578 as the README of its corpus says: id attrs.newid, text body
        FieldMapping fields = reuters ? new FieldMapping("attrs.newid", "title", "body", "date") : FieldMapping.defaults();
        Corpus.run(args[0], fields, Corpus.paths(args, reuters ? 3 : 2), Path.of(args[1]),
                "article\trule\tstart\tend\tline\tmessage\tcontext",
                r -> {
                    String raw = r.article().raw();
                    List<List<String>> rows = new ArrayList<>();
                    for (Finding f : r.findings()) {
                        if (!f.ruleId().equals("role-timeline") && !f.ruleId().equals("role-conflict")) {
                            continue;
                        }
                        int from = Math.max(0, f.start() - 200);
                        int to = Math.min(raw.length(), f.end() + 200);
                        rows.add(List.of(r.id(), f.ruleId(), Integer.toString(f.start()), Integer.toString(f.end()),
                                Integer.toString(f.line()), f.message(), raw.substring(from, to).replaceAll("\\s+", " ")));
                    }
                    return rows;
                });
    }
}
