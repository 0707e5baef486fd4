package dev.gazette.eval.events;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.roles.RolePeriods;
import dev.gazette.analysis.roles.RoleStatistic;
import dev.gazette.analysis.roles.Title;
import dev.gazette.analysis.roles.TitleFinder;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.io.corpus.FieldMapping;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes every title Gazette reads in a corpus whose post one person holds at a time, as TSV
 * (article, date, person, post, organisation, tense, the time the sentence tells of, whether the
 * title attests the post at the article's date, context), for reading the role-conflict rule's
 * evidence by hand: who is given a post in a month, and in which words.
 *
 * <p>Usage: {@code TitlesHarness CORPUS OUT.tsv [--reuters] [REGISTRY.yaml...]}.
 */
public final class TitlesHarness {

    private TitlesHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TitlesHarness CORPUS OUT.tsv [--reuters] [REGISTRY.yaml...]");
            System.exit(2);
        }
        boolean reuters = args.length > 2 && args[2].equals("--reuters");
        FieldMapping fields = reuters ? new FieldMapping("attrs.newid", "title", "body", "date") : FieldMapping.defaults();
        List<Path> registries = Corpus.paths(args, reuters ? 3 : 2);
        RolePeriods periods = RolePeriods.of(new ReferenceData(registries, true, List.of()));
        Function<String, String> countries = name -> {
            String id = periods.idOf(name);
            if (id != null) {
                return id;
            }
            String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        };
        TitleFinder finder = TitleFinder.standard();
        Corpus.run(args[0], fields, registries, Path.of(args[1]),
                "article\tdate\tstart\tend\tperson\tpost\tof\ttense\ttold\tattests\tcontext",
                r -> {
                    String raw = r.article().raw();
                    List<List<String>> rows = new ArrayList<>();
                    if (r.products().mentions() == null) {
                        return rows;
                    }
                    String date = r.article().published() == null ? "" : r.article().published().date().toString();
                    for (Title t : finder.find(ArticleText.of(r.article()), r.article().published() == null ? null
                            : r.article().published().date(), r.products().mentions(), countries)) {
                        if (!t.unique() || t.of() == null) {
                            continue;
                        }
                        int from = Math.max(0, t.start() - 250);
                        int to = Math.min(raw.length(), t.end() + 150);
                        rows.add(List.of(r.id(), date, Integer.toString(t.start()), Integer.toString(t.end()),
                                t.person().canonical(), t.post(), t.of(), t.tense().label() + (t.past() ? ",past" : ""),
                                t.told() != null ? t.told().toString() : t.toldWords() == null ? "" : t.toldWords(),
                                Boolean.toString(RoleStatistic.counts(t)),
                                raw.substring(from, t.start()) + "[[" + raw.substring(t.start(), t.end()) + "]]"
                                        + raw.substring(t.end(), to)));
                    }
                    return rows;
                });
    }
}
