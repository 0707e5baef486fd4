package dev.gazette.eval.fixes;

import dev.gazette.cli.GazetteCli;
import dev.gazette.eval.fixes.Judgements.Judgement;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The fixes evaluation in one command ({@code eval/run.sh fixes}): for each corpus of
 * {@code eval/corpora/fixes.tsv}, exports it through {@code gazette export --unsafe} in-process
 * (every fix applied, so every rule's changes can be judged), draws the seeded samples, writes a
 * review sheet and a pending file of the items not judged yet, records the current sample in the
 * repository, and prints the figures from the recorded judgements (the held-out part of a split corpus only with
 * {@code --review held-out}).
 *
 * <p>Options: {@code --root DIR} (the repository, default {@code .}), {@code --corpora-dir DIR}
 * (where the corpora lie), {@code --corpus NAME} (repeatable; default all), {@code --sample N}
 * (default 40), {@code --seed S}, {@code --work DIR} (default {@code eval/target/fixes}),
 * {@code --review tune|held-out} (which part's pending items go on the review sheet; default tune),
 * {@code --no-export} (reuse the last export), {@code --merge FILE} (add the verdicts of a filled-in
 * pending file to the judgement files, then stop).
 */
public final class FixesEvaluation {

    /** The default seed of samples and of the tune/held-out split. */
    public static final String SEED = "gazette-issue-15";

    private static final List<String> NOT_SAMPLED = List.of("fix-conflict");

    private Path root = Path.of(".");
    private Path corporaDir;
    private final List<String> only = new ArrayList<>();
    private int sampleSize = 40;
    private String seed = SEED;
    private Path work;
    private Split.Part review = Split.Part.TUNE;
    private boolean export = true;
    private final List<Path> merges = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        FixesEvaluation e = new FixesEvaluation();
        try {
            e.parse(args);
        } catch (IllegalArgumentException ex) {
            System.err.println("fixes evaluation: " + ex.getMessage());
            System.exit(2);
        }
        System.exit(e.run(new PrintWriter(System.out, true)));
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-export")) {
                export = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--root" -> root = Path.of(v);
                case "--corpora-dir" -> corporaDir = Path.of(v);
                case "--corpus" -> only.add(v);
                case "--sample" -> sampleSize = Integer.parseInt(v);
                case "--seed" -> seed = v;
                case "--work" -> work = Path.of(v);
                case "--review" -> review = Split.Part.parse(v);
                case "--merge" -> merges.add(Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (work == null) {
            work = root.resolve("eval/target/fixes");
        }
        if (corporaDir == null) {
            corporaDir = root.resolve("../shared/corpora");
        }
    }

    Path judgementFile(String corpus) {
        return root.resolve("eval/judgements/fixes").resolve(corpus + ".csv");
    }

    Path sampleFile(String corpus) {
        return root.resolve("eval/judgements/fixes").resolve(corpus + "-sample.csv");
    }

    int run(PrintWriter out) throws IOException {
        if (!merges.isEmpty()) {
            return merge(out);
        }
        List<Corpus> corpora = Corpus.readList(root.resolve("eval/corpora/fixes.tsv"));
        RuleCatalogue catalogue = RuleCatalogue.standard();
        StringBuilder report = new StringBuilder();
        for (Corpus c : corpora) {
            if (!only.isEmpty() && !only.contains(c.name())) {
                continue;
            }
            Path input = corporaDir.resolve(c.path());
            if (!Files.exists(input)) {
                out.println("fixes evaluation: corpus " + c.name() + " not found at " + input
                        + "; build it as its README says (eval/corpora/" + c.name() + "/) or pass --corpora-dir");
                return 2;
            }
            Path dir = work.resolve(c.name());
            Path exported = dir.resolve("export");
            if (export || !Files.isRegularFile(exported.resolve("articles.jsonl"))) {
                Files.createDirectories(dir);
                List<String> args = new ArrayList<>(List.of("export", input.toString()));
                args.addAll(c.args());
                args.addAll(List.of("--out", exported.toString(), "--format", "jsonl", "--unsafe", "-q"));
                StringWriter err = new StringWriter();
                int code = GazetteCli.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                        new PrintWriter(err));
                if (code == 2) {
                    out.println("fixes evaluation: gazette " + String.join(" ", args) + " failed: " + err);
                    return 2;
                }
            }
            ExportedCorpus corpus = ExportedCorpus.read(exported);
            Split split = new Split(seed, c.heldOutPercent());
            List<Item> findings = corpus.findings().stream()
                    .filter(i -> !NOT_SAMPLED.contains(i.rule()) && c.samples(i.rule())).toList();
            List<Item> changes = Sample.withOwners(findings,
                    corpus.changes().stream().filter(i -> c.samples(i.rule())).toList());
            List<Sample.Drawn> drawn = new ArrayList<>(Sample.draw(findings, Item.Kind.FINDING, split, seed,
                    sampleSize));
            drawn.addAll(Sample.draw(changes, Item.Kind.CHANGE, split, seed, sampleSize));
            Judgements judgements = Judgements.read(judgementFile(c.name()));
            writeSample(c.name(), drawn, corpus);
            int pending = writeReview(c.name(), dir, drawn, judgements, corpus);
            for (Split.Part part : Split.Part.values()) {
                if (shows(c, part)) {
                    report.append(table(c.name(), part, drawn, judgements, corpus, split, catalogue));
                } else {
                    report.append("\n#### ").append(c.name()).append(", held-out part: not shown while tuning"
                            + " (measured once, at the end: --review held-out)\n");
                }
            }
            out.println(c.name() + ": " + corpus.articles().size() + " articles, " + corpus.findings().size()
                    + " findings, " + corpus.changes().size() + " changes; " + judgements.size()
                    + " judgements recorded; " + pending + " sampled items of the " + review.label()
                    + " part to judge: " + dir.resolve("review-" + review.label() + ".txt"));
        }
        Files.createDirectories(work);
        Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
        out.print(report);
        out.flush();
        return 0;
    }

    /**
     * Whether the figures of one part are printed: the held-out part of a corpus that also has a tune part only when
     * that part is reviewed ({@code --review held-out}), so that tuning on the tune part does not watch the held-out
     * figures move. A corpus kept whole as held-out ({@code held-out=100}) is shown: it is either spent (tune material
     * since its one measurement) or not run at all before its measurement.
     */
    private boolean shows(Corpus c, Split.Part part) {
        return part == Split.Part.TUNE || c.heldOutPercent() == 100 || review == Split.Part.HELD_OUT;
    }

    /** Records the current sample (keys and checks, no text) in the repository, for the budget test. */
    private void writeSample(String name, List<Sample.Drawn> drawn, ExportedCorpus corpus) throws IOException {
        Path file = sampleFile(name);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                     .setHeader("part", "kind", "article_id", "rule", "start", "end", "replacement", "check",
                             "population").get())) {
            for (Sample.Drawn d : drawn) {
                for (Item i : d.items()) {
                    p.printRecord(d.part().label(), i.kind().label(), i.articleId(), i.rule(), i.start(), i.end(),
                            i.replacement(), ReviewSheet.check(corpus.article(i.articleId()).raw(), i), d.population());
                }
            }
        }
    }

    /** Writes the review sheet and the pending file of the unjudged items of the review part; returns their number. */
    private int writeReview(String name, Path dir, List<Sample.Drawn> drawn, Judgements judgements,
                            ExportedCorpus corpus) throws IOException {
        StringBuilder sheet = new StringBuilder();
        int n = 0;
        Path pendingFile = dir.resolve("pending-" + review.label() + ".csv");
        try (Writer w = Files.newBufferedWriter(pendingFile, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                     .setHeader("n", "corpus", "kind", "article_id", "rule", "start", "end", "replacement", "check",
                             "verdict", "note").get())) {
            Map<String, List<Item>> byOwner = new LinkedHashMap<>();
            for (Sample.Drawn d : drawn) {
                if (d.part() != review) {
                    continue;
                }
                for (Item i : d.items()) {
                    Judgement j = judgements.get(i);
                    String check = ReviewSheet.check(corpus.article(i.articleId()).raw(), i);
                    if (j == null || !j.check().equals(check)) {
                        byOwner.computeIfAbsent(i.rule() + '\u0000' + (i.owner() == null ? i.key() : i.owner()),
                                k -> new ArrayList<>()).add(i);
                    }
                }
            }
            List<String> keys = new ArrayList<>(byOwner.keySet());
            keys.sort(null);
            for (String k : keys) {
                Item shown = null;
                for (Item i : byOwner.get(k)) {
                    n++;
                    ExportedCorpus.Article a = corpus.article(i.articleId());
                    sheet.append('#').append(n).append(' ').append(i.kind().label()).append(' ').append(i.rule())
                            .append(" [").append(i.articleId()).append(' ').append(i.start()).append('-')
                            .append(i.end()).append("] ").append(i.message()).append('\n');
                    if (i.start() == 0 && i.end() == 0) {
                        sheet.append(head(a.raw(), 8));
                    } else if (shown != null && shown.start() == i.start() && shown.end() == i.end()) {
                        sheet.append("    fix: ⟦").append(ReviewSheet.visible(a.raw().substring(i.start(), i.end())))
                                .append("⟧ → ⟦").append(ReviewSheet.visible(i.replacement())).append("⟧\n");
                    } else {
                        sheet.append(ReviewSheet.context(a.raw(), i));
                        shown = i;
                    }
                    p.printRecord(n, name, i.kind().label(), i.articleId(), i.rule(), i.start(), i.end(),
                            i.replacement(), ReviewSheet.check(a.raw(), i), "", "");
                }
            }
        }
        Files.writeString(dir.resolve("review-" + review.label() + ".txt"), sheet, StandardCharsets.UTF_8);
        return n;
    }

    private static String head(String raw, int lines) {
        StringBuilder out = new StringBuilder();
        String[] all = raw.split("\n", -1);
        for (int i = 0; i < Math.min(lines, all.length); i++) {
            String l = all[i].length() > 160 ? all[i].substring(0, 160) + "…" : all[i];
            out.append("    | ").append(l).append('\n');
        }
        return out.toString();
    }

    /** Adds the verdicts of filled-in pending files to the judgement files of their corpora. */
    private int merge(PrintWriter out) throws IOException {
        for (Path f : merges) {
            Map<String, Path> tmp = new LinkedHashMap<>();
            Map<String, CSVPrinter> printers = new LinkedHashMap<>();
            Map<String, Writer> writers = new LinkedHashMap<>();
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    String corpus = r.get("corpus");
                    if (!printers.containsKey(corpus)) {
                        Path t = Files.createTempFile("judgements", ".csv");
                        tmp.put(corpus, t);
                        Writer w = Files.newBufferedWriter(t, StandardCharsets.UTF_8);
                        writers.put(corpus, w);
                        printers.put(corpus, new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(Judgements.HEADER)
                                .setRecordSeparator('\n').get()));
                    }
                    List<String> row = new ArrayList<>();
                    for (String h : Judgements.HEADER) {
                        row.add(r.get(h));
                    }
                    printers.get(corpus).printRecord(row);
                }
            }
            for (String corpus : printers.keySet()) {
                printers.get(corpus).close();
                writers.get(corpus).close();
                Judgements j = Judgements.read(judgementFile(corpus));
                int before = j.size();
                int added = j.addAll(tmp.get(corpus));
                j.write(judgementFile(corpus));
                Files.delete(tmp.get(corpus));
                out.println(f + ": " + added + " verdicts for " + corpus + " (" + (j.size() - before)
                        + " new items) in " + judgementFile(corpus));
            }
        }
        return 0;
    }

    private String table(String name, Split.Part part, List<Sample.Drawn> drawn, Judgements judgements,
                         ExportedCorpus corpus, Split split, RuleCatalogue catalogue) {
        long words = 0;
        int articles = 0;
        for (ExportedCorpus.Article a : corpus.articles().values()) {
            if (split.partOf(a.id()) == part) {
                words += a.words();
                articles++;
            }
        }
        if (articles == 0) {
            return "";
        }
        StringBuilder t = new StringBuilder();
        t.append("\n#### ").append(name).append(", ").append(part.label()).append(" part: ").append(articles)
                .append(" articles, ").append(String.format(Locale.ROOT, "%,d", words)).append(" body words\n\n");
        t.append("| rule | severity | fix | findings | per 10k words | judged | precision | false alarms per 10k words"
                + " | changes | judged | wrong per 1,000 | 95% upper |\n");
        t.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double totalFalse = 0;
        boolean allJudged = true;
        for (Scores.RuleScore r : Scores.rules(drawn, judgements, corpus, part)) {
            RuleDescriptor d = catalogue.find(r.rule()).orElse(null);
            Scores.Tally f = r.findingTally();
            Scores.Tally c = r.changeTally();
            double falsePer10k = f == null || f.judged() == 0 ? Double.NaN
                    : (1 - f.precision()) * r.findings() / Math.max(1, words) * 10_000;
            if (!Double.isNaN(falsePer10k)) {
                totalFalse += falsePer10k;
            } else if (r.findings() > 0) {
                allJudged = false;
            }
            t.append("| ").append(r.rule()).append(" | ")
                    .append(d == null ? "?" : d.severity().label()).append(" | ")
                    .append(d == null ? "?" : d.fix().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.findings()).append(" | ")
                    .append(fmt(r.findings() * 10_000.0 / Math.max(1, words), 2)).append(" | ")
                    .append(f == null ? "" : judged(f)).append(" | ")
                    .append(f == null ? "" : pct(f.precision())).append(" | ")
                    .append(fmt(falsePer10k, 2)).append(" | ")
                    .append(r.changes()).append(" | ")
                    .append(c == null ? "" : judged(c)).append(" | ")
                    .append(c == null ? "" : fmt(c.wrongRate() * 1000, 1)).append(" | ")
                    .append(c == null ? "" : fmt(c.wrongRateUpper() * 1000, 0)).append(" |\n");
        }
        t.append("\nTotal false alarms per 10,000 words (judged rules): ").append(fmt(totalFalse, 2))
                .append(allJudged ? "" : " (some rules not judged yet)").append("\n");
        Scores.Structure s = Scores.structure(corpus, split, part);
        t.append("\nStructure: ").append(s.joins()).append(" line joins, ").append(s.joinsOverMark())
                .append(" of them over a paragraph mark (indented next line or blank line); ")
                .append(s.structuredLinesAltered()).append(" list or table lines joined or their spacing collapsed; ")
                .append(s.structuredHeadings()).append(" list or table lines taken as headings (out of the text); ")
                .append(s.titlesThatAreDates()).append(" titles that are a date line; ")
                .append(s.articlesWithoutTitle()).append(" articles without title.\n");
        return t.toString();
    }

    private static String judged(Scores.Tally t) {
        String s = String.valueOf(t.judged());
        if (t.pending() + t.stale() > 0) {
            s += " (+" + (t.pending() + t.stale()) + " to judge)";
        }
        if (t.unsure() > 0) {
            s += " (" + t.unsure() + " unsure)";
        }
        return s;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String fmt(double v, int digits) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
