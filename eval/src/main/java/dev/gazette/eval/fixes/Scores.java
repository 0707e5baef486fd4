package dev.gazette.eval.fixes;

import dev.gazette.eval.fixes.Judgements.Judgement;
import dev.gazette.eval.fixes.Judgements.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one corpus part: per rule, the precision of its findings, its false alarms per
 * 10,000 words and its wrong applied changes per 1,000, from the judged items of the current
 * sample; and the structural damage counted over every change and article of the part.
 */
final class Scores {

    /** Judged counts of one sample. */
    record Tally(int ok, int wrong, int unsure, int pending, int stale) {

        int judged() {
            return ok + wrong;
        }

        /** ok / (ok + wrong), or NaN when nothing is judged. */
        double precision() {
            return judged() == 0 ? Double.NaN : ok / (double) judged();
        }

        /** wrong / (ok + wrong), or NaN. */
        double wrongRate() {
            return judged() == 0 ? Double.NaN : wrong / (double) judged();
        }

        /** Upper end of the 95 % Wilson score interval of the wrong rate. */
        double wrongRateUpper() {
            int n = judged();
            if (n == 0) {
                return Double.NaN;
            }
            double z = 1.96;
            double p = wrong / (double) n;
            double centre = p + z * z / (2 * n);
            double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
            return Math.min(1, (centre + spread) / (1 + z * z / n));
        }
    }

    /** The figures of one rule in one part. */
    record RuleScore(String rule, int findings, int changes, Tally findingTally, Tally changeTally) {
    }

    /** Structural damage of one part, counted over every change and article. */
    record Structure(int articles, int joins, int joinsOverMark, int structuredLinesAltered, int structuredHeadings,
                     int titlesThatAreDates, int articlesWithoutTitle) {
    }

    private Scores() {
    }

    /** Tallies the judgements of {@code sample} against the raw texts. */
    static Tally tally(List<Item> sample, Judgements judgements, ExportedCorpus corpus) {
        int ok = 0;
        int wrong = 0;
        int unsure = 0;
        int pending = 0;
        int stale = 0;
        for (Item i : sample) {
            Judgement j = judgements.get(i);
            if (j == null) {
                pending++;
            } else if (!j.check().equals(ReviewSheet.check(corpus.article(i.articleId()).raw(), i))) {
                stale++;
            } else if (j.verdict() == Verdict.OK) {
                ok++;
            } else if (j.verdict() == Verdict.WRONG) {
                wrong++;
            } else {
                unsure++;
            }
        }
        return new Tally(ok, wrong, unsure, pending, stale);
    }

    /** Counts the structural damage among the changes and articles of one part. */
    static Structure structure(ExportedCorpus corpus, Split split, Split.Part part) {
        int articles = 0;
        int structuredHeadings = 0;
        int titleDates = 0;
        int noTitle = 0;
        for (ExportedCorpus.Article a : corpus.articles().values()) {
            if (split.partOf(a.id()) != part) {
                continue;
            }
            articles++;
            for (int[] h : a.headings()) {
                if (LineShapes.isStructured(LineShapes.lineAt(a.raw(), h[0]))) {
                    structuredHeadings++;
                }
            }
            if (a.title() == null || a.title().isBlank()) {
                noTitle++;
            } else if (DateLike.isDateLine(a.title())) {
                titleDates++;
            }
        }
        int joins = 0;
        int overMark = 0;
        int altered = 0;
        for (Item c : corpus.changes()) {
            if (split.partOf(c.articleId()) != part) {
                continue;
            }
            String raw = corpus.article(c.articleId()).raw();
            int s = Math.max(0, Math.min(raw.length(), c.start()));
            int e = Math.max(s, Math.min(raw.length(), c.end()));
            String before = raw.substring(s, e);
            boolean join = before.indexOf('\n') >= 0 && !c.replacement().contains("\n")
                    && !c.rule().equals("boilerplate") && !c.rule().equals("stray-line");
            if (join) {
                joins++;
                int lastBreak = s + before.lastIndexOf('\n');
                boolean indented = lastBreak + 1 < raw.length()
                        && (raw.charAt(lastBreak + 1) == ' ' || raw.charAt(lastBreak + 1) == '\t');
                boolean blank = before.indexOf('\n') != before.lastIndexOf('\n');
                if (indented || blank) {
                    overMark++;
                }
            }
            if (c.rule().equals("boilerplate") || c.rule().equals("stray-line")) {
                continue;
            }
            // A list item or table row is altered when it is joined to another line or its spacing collapsed.
            boolean collapse = before.length() >= 2 && before.isBlank() && c.replacement().length() < before.length();
            boolean touches = LineShapes.isStructured(LineShapes.lineAt(raw, s))
                    || LineShapes.isStructured(LineShapes.lineAt(raw, e));
            if (touches && (join || collapse)) {
                altered++;
            }
        }
        return new Structure(articles, joins, overMark, altered, structuredHeadings, titleDates, noTitle);
    }

    /** Per-rule figures of one part from the drawn samples. */
    static List<RuleScore> rules(List<Sample.Drawn> drawn, Judgements judgements, ExportedCorpus corpus,
                                 Split.Part part) {
        Map<String, RuleScore> out = new TreeMap<>();
        for (Sample.Drawn d : drawn) {
            if (d.part() != part) {
                continue;
            }
            RuleScore old = out.getOrDefault(d.rule(), new RuleScore(d.rule(), 0, 0, null, null));
            Tally t = tally(d.items(), judgements, corpus);
            out.put(d.rule(), d.kind() == Item.Kind.FINDING
                    ? new RuleScore(d.rule(), d.population(), old.changes(), t, old.changeTally())
                    : new RuleScore(d.rule(), old.findings(), d.population(), old.findingTally(), t));
        }
        return new ArrayList<>(out.values());
    }
}
