package dev.gazette.eval.names;

import dev.gazette.cli.GazetteCli;
import dev.gazette.eval.names.ExportedNames.NameChange;
import dev.gazette.eval.names.ExportedNames.NameFinding;
import dev.gazette.eval.names.LabelledSet.RewriteJudgement;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputException;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputScanner;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.io.corpus.CorpusSource;
import dev.gazette.model.io.corpus.FieldMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The names evaluation end to end: exports a labelled set's corpus through the command line (in
 * this process), then scores extraction, typing, coreference and clustering together against the
 * gold families and hard negatives of the set, and the name rewrites against hand judgements.
 *
 * <p>Run it from {@code eval/run.sh names}. Arguments: {@code --set DIR} (a folder with
 * {@code set.properties}, {@code families.tsv}, {@code negatives.tsv}, {@code rewrites.tsv}),
 * {@code --corpora DIR} (the shared corpora folder), {@code --out DIR} (the export folder),
 * {@code --reuse} (score an export already in {@code --out}), {@code --split tune|heldout|all}
 * (default tune: the held-out part is measured once, at the end), {@code --sample N} (name
 * findings and applied changes drawn for judgement, default 100), {@code --seed S} (default 14).
 * Sampled findings without a judgement are written to {@code OUT/to-judge.tsv} with their context.
 */
public final class NamesEvaluation {

    /** Result of one run: clustering scores and rewrite figures. */
    public record Result(NameScores scores, RewriteFigures rewrites) { }

    /**
     * Name rewrites of the articles of one part: findings of the name rules and the changes applied,
     * with their judgements. Articles fall into the tune or held-out part by the seeded hash of their
     * id ({@code split.seed}, {@code split.heldout.percent} of {@code set.properties}). Findings are
     * sampled; applied changes are all counted, each judged by the judgement of its occurrence or of
     * its rewrite wherever it occurs.
     *
     * @param findings         name findings in the part
     * @param changes          name changes applied in the part
     * @param findingsSampled  findings drawn
     * @param findingsJudged   of these, judged
     * @param findingsRight    of these, right
     * @param changesJudged    applied changes whose finding is judged
     * @param changesWrong     of these, wrong
     * @param wrongChanges     the wrong applied rewrites ("surface -> canonical") with their counts
     * @param unjudged         sampled findings without a judgement, and one finding of each
     *                         unjudged applied rewrite
     */
    public record RewriteFigures(int findings, int changes, int findingsSampled, int findingsJudged, int findingsRight,
                                 int changesJudged, int changesWrong, Map<String, Integer> wrongChanges,
                                 List<NameFinding> unjudged) {

        /** Precision of the judged findings; NaN when none is judged. */
        public double findingPrecision() {
            return findingsJudged == 0 ? Double.NaN : (double) findingsRight / findingsJudged;
        }

        /** Wrong applied changes per 1,000 judged; NaN when none is judged. */
        public double wrongPerThousand() {
            return changesJudged == 0 ? Double.NaN : 1000.0 * changesWrong / changesJudged;
        }

        /**
         * The upper end of a one-sided 95% interval of wrong applied changes per 1,000 (the rule of
         * three when none is wrong, else a normal approximation); NaN when none is judged.
         */
        public double wrongPerThousandUpper() {
            if (changesJudged == 0) {
                return Double.NaN;
            }
            if (changesWrong == 0) {
                return 1000.0 * 3 / changesJudged;
            }
            double p = (double) changesWrong / changesJudged;
            return 1000.0 * Math.min(1, p + 1.645 * Math.sqrt(p * (1 - p) / changesJudged));
        }
    }

    private NamesEvaluation() {
    }

    /** Command-line entry point (see the class comment). */
    public static void main(String[] args) throws IOException {
        Path set = null;
        Path corpora = Path.of("../shared/corpora");
        Path out = null;
        boolean reuse = false;
        String split = "tune";
        int sample = 100;
        long seed = 14;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> set = Path.of(args[++i]);
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--reuse" -> reuse = true;
                case "--split" -> split = args[++i];
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "': use --set DIR [--corpora DIR] [--out DIR] [--reuse] [--split tune|heldout|all]"
                        + " [--sample N] [--seed S]");
            }
        }
        if (set == null) {
            throw new IllegalArgumentException("--set DIR is required (a folder under eval/names)");
        }
        if (!List.of("tune", "heldout", "all").contains(split)) {
            throw new IllegalArgumentException("--split must be tune, heldout or all, not '" + split + "'");
        }
        java.util.Properties settings = LabelledSet.readSettings(set);
        String corpus = setting(set, settings, "corpus");
        Path input = input(set, corpora, setting(set, settings, "input"));
        if (out == null) {
            out = Path.of("eval/target/names", corpus);
        }
        String exportArgs = settings.getProperty("args", "");
        if (!reuse) {
            // the previous run's list of findings to judge is this harness's own file, not the export's: the
            // export refuses a folder holding files it did not write, so it goes before a new export
            Files.deleteIfExists(out.resolve("to-judge.tsv"));
            export(input, out, exportArgs);
        }
        ExportedNames exported = ExportedNames.read(out);
        LabelledSet labelled = LabelledSet.isSpecSet(set) ? LabelledSet.fromSpecs(set, exported) : LabelledSet.read(set);
        Result r = evaluate(labelled, exported, split, sample, seed);
        writeToJudge(r.rewrites().unjudged(), input, exportArgs, out.resolve("to-judge.tsv"));
        PrintWriter pw = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        pw.print(report(corpus, r));
        pw.flush();
    }

    /** The set's corpus: {@code input} of {@code set.properties}, in the set's folder or else in the corpora folder. */
    public static Path input(Path set, Path corpora, String input) {
        Path local = set.resolve(input);
        return Files.exists(local) ? local : corpora.resolve(input);
    }

    private static String setting(Path set, java.util.Properties settings, String key) throws IOException {
        String v = settings.getProperty(key);
        if (v == null) {
            throw new IOException(set.resolve("set.properties") + ": missing '" + key + "'");
        }
        return v.trim();
    }

    /** Runs {@code gazette export INPUT -o OUT ARGS} in this process; fails on a usage error. */
    public static void export(Path input, Path out, String args) {
        List<String> cmd = new ArrayList<>(List.of("export", input.toString(), "-o", out.toString(), "--quiet"));
        for (String a : args.trim().split("\\s+")) {
            if (!a.isEmpty()) {
                cmd.add(a);
            }
        }
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(cmd.toArray(String[]::new), new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
        if (code > 1) {
            throw new IllegalStateException("gazette " + String.join(" ", cmd) + " exited " + code + ": " + err);
        }
    }

    /** Scores an export against a labelled set. */
    public static Result evaluate(LabelledSet set, ExportedNames export, String split, int sample, long seed) {
        return new Result(NameScores.score(set, export, split), rewrites(set, export, split, sample, seed));
    }

    static RewriteFigures rewrites(LabelledSet set, ExportedNames export, String split, int sample, long seed) {
        Map<String, RewriteJudgement> judged = new HashMap<>();
        for (RewriteJudgement j : set.judgements()) {
            judged.put(j.everywhere() ? typeKey(j.surface(), j.canonical()) : j.key(), j);
        }
        long splitSeed = Long.parseLong(set.settings().getProperty("split.seed", "14").trim());
        int percent = Integer.parseInt(set.settings().getProperty("split.heldout.percent", "40").trim());
        java.util.function.Predicate<String> inPart = article -> split.equals("all")
                || PairSample.Split.of(splitSeed, article, percent).equals(split);
        List<NameFinding> findings = new ArrayList<>(export.findings().stream()
                .filter(f -> inPart.test(f.articleId())).toList());
        findings.sort(Comparator.comparing(NameFinding::articleId).thenComparingInt(NameFinding::start));
        List<NameFinding> drawn = draw(findings, sample, seed);
        int fJudged = 0;
        int fRight = 0;
        List<NameFinding> unjudged = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (NameFinding f : drawn) {
            RewriteJudgement j = judgement(judged, f);
            if (j == null) {
                listed.add(typeKey(f.surface(), f.canonical()));
                unjudged.add(f);
            } else {
                fJudged++;
                fRight += j.right() ? 1 : 0;
            }
        }
        Map<String, List<NameFinding>> byArticle = new HashMap<>();
        for (NameFinding f : export.findings()) {
            byArticle.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f);
        }
        int changes = 0;
        int cJudged = 0;
        int cWrong = 0;
        Map<String, Integer> wrong = new java.util.TreeMap<>();
        List<NameChange> sorted = new ArrayList<>(export.changes());
        sorted.sort(Comparator.comparing(NameChange::articleId).thenComparingInt(NameChange::start));
        for (NameChange c : sorted) {
            if (!inPart.test(c.articleId())) {
                continue;
            }
            changes++;
            NameFinding f = findingOf(byArticle.getOrDefault(c.articleId(), List.of()), c);
            RewriteJudgement j = f == null ? null : judgement(judged, f);
            if (j == null) {
                if (f != null && listed.add(typeKey(f.surface(), f.canonical()))) {
                    unjudged.add(f);
                }
            } else {
                cJudged++;
                if (!j.right()) {
                    cWrong++;
                    wrong.merge(f.surface() + " -> " + f.canonical(), 1, Integer::sum);
                }
            }
        }
        return new RewriteFigures(findings.size(), changes, drawn.size(), fJudged, fRight, cJudged, cWrong,
                Map.copyOf(wrong), List.copyOf(unjudged));
    }

    private static RewriteJudgement judgement(Map<String, RewriteJudgement> judged, NameFinding f) {
        RewriteJudgement j = judged.get(RewriteJudgement.key(f.articleId(), f.start(), f.surface(), f.canonical()));
        return j != null ? j : judged.get(typeKey(f.surface(), f.canonical()));
    }

    private static String typeKey(String surface, String canonical) {
        return RewriteJudgement.key(RewriteJudgement.ANY, -1, surface, canonical);
    }

    private static NameFinding findingOf(List<NameFinding> findings, NameChange c) {
        for (NameFinding f : findings) {
            // a word edit may take the space after the name with it ("Abdel Rahman" -> "Abdurrahman")
            if (f.rule().equals(c.rule()) && f.start() <= c.start() && c.start() <= f.end()) {
                return f;
            }
        }
        return null;
    }

    private static <T> List<T> draw(List<T> all, int n, long seed) {
        List<T> copy = new ArrayList<>(all);
        Collections.shuffle(copy, new Random(seed));
        return copy.subList(0, Math.min(n, copy.size()));
    }

    /** The report as Markdown. */
    public static String report(String corpus, Result r) {
        NameScores s = r.scores();
        RewriteFigures w = r.rewrites();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "## %s (%s part)%n%n", corpus, s.split()));
        b.append("| measure | value |\n|---|---|\n");
        b.append(String.format(Locale.ROOT, "| labelled occurrences (without an exported mention) | %d (%d) |%n", s.occurrences(), s.unmatched()));
        b.append(String.format(Locale.ROOT, "| pairwise precision | %.3f (%d/%d) |%n", s.precision(), s.truePositives(), s.truePositives() + s.falsePositives()));
        b.append(String.format(Locale.ROOT, "| pairwise recall | %.3f (%d/%d) |%n", s.recall(), s.truePositives(), s.truePositives() + s.falseNegatives()));
        b.append(String.format(Locale.ROOT, "| families fully merged | %d of %d |%n", s.familiesMerged(), s.families()));
        b.append(String.format(Locale.ROOT, "| false merges among hard negatives | %d of %d |%n", s.falseMerges(), s.negatives()));
        b.append(String.format(Locale.ROOT, "| homonyms merged (negatives sharing a surface; occurrence pairs) | %d of %d; %d |%n",
                s.homonymMerges(), s.homonyms(), s.homonymPairs()));
        b.append(String.format(Locale.ROOT, "| name findings / applied name changes | %d / %d |%n", w.findings(), w.changes()));
        b.append(String.format(Locale.ROOT, "| finding precision (judged of sampled) | %s (%d of %d) |%n",
                fmt(w.findingPrecision()), w.findingsJudged(), w.findingsSampled()));
        b.append(String.format(Locale.ROOT, "| wrong applied rewrites per 1,000 (wrong of judged of applied) | %s (%d of %d of %d) |%n",
                fmt(w.wrongPerThousand()), w.changesWrong(), w.changesJudged(), w.changes()));
        b.append(String.format(Locale.ROOT, "| upper 95%% bound of wrong applied per 1,000 | %s |%n", fmt(w.wrongPerThousandUpper())));
        if (!s.missedFamilies().isEmpty()) {
            b.append("\nFamilies not fully merged (entity: forms):\n");
            s.missedFamilies().forEach(m -> b.append("- ").append(m).append('\n'));
        }
        if (!s.mergedNegatives().isEmpty()) {
            b.append("\nHard negatives merged:\n");
            s.mergedNegatives().forEach(m -> b.append("- ").append(m).append('\n'));
        }
        if (!s.falsePairs().isEmpty()) {
            b.append("\nFamilies merged wrongly (occurrence pairs):\n");
            s.falsePairs().forEach(m -> b.append("- ").append(m).append('\n'));
        }
        if (!w.wrongChanges().isEmpty()) {
            b.append("\nWrong applied rewrites (count):\n");
            new java.util.TreeMap<>(w.wrongChanges()).forEach((k, v) -> b.append("- ").append(k).append(" (")
                    .append(v).append(")\n"));
        }
        if (!w.unjudged().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%n%d sampled or applied name findings have no judgement yet: "
                    + "see to-judge.tsv in the export folder.%n",
                    w.unjudged().size()));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Writes the unjudged findings with 80 characters of context each side, for a person to judge. */
    static void writeToJudge(List<NameFinding> unjudged, Path input, String args, Path file) throws IOException {
        Map<String, String> texts = texts(input, args,
                unjudged.stream().map(NameFinding::articleId).collect(java.util.stream.Collectors.toSet()));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // the finding's own words beside its canonical form: an empty canonical form is a finding that offers no
            // rewrite (e.g. an acronym in its definition), not a rewrite to nothing
            w.write("article_id\tstart\tend\tsurface\tcanonical\tverdict\tnote\tfinding\tcontext\n");
            for (NameFinding f : unjudged) {
                String t = texts.getOrDefault(f.articleId(), "");
                String ctx = t.isEmpty() ? "" : t.substring(Math.max(0, f.start() - 80), f.start()) + "[["
                        + t.substring(f.start(), Math.min(t.length(), f.end())) + "]]"
                        + t.substring(Math.min(t.length(), f.end()), Math.min(t.length(), f.end() + 80));
                w.write(String.join("\t", f.articleId(), Integer.toString(f.start()), Integer.toString(f.end()),
                        f.surface(), f.canonical(), "", "", (f.canonical().isEmpty() ? "(no rewrite offered) " : "")
                                + f.message().replaceAll("[\t\r\n]+", " "), ctx.replaceAll("[\t\r\n]+", " ")) + "\n");
            }
        }
    }

    /**
     * The raw texts of the given articles, read with Gazette's own corpus reader and the field options
     * of the set's export arguments ({@code --id-field}, {@code --title-field}, {@code --text-field},
     * {@code --date-field}), so that offsets are those of the export.
     */
    static Map<String, String> texts(Path input, String args, Set<String> ids) throws IOException {
        Map<String, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        DocumentSource source = source(input, args);
        try (DocumentSource.Pass pass = source.open()) {
            for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                RawDocument doc = d.read().document().orElse(null);
                if (doc != null && ids.contains(doc.id())) {
                    texts.put(doc.id(), doc.text());
                }
            }
        }
        return texts;
    }

    /**
     * The corpus as Gazette reads it, with the field options of the set's export arguments
     * ({@code --id-field}, {@code --title-field}, {@code --text-field}, {@code --date-field}).
     */
    static DocumentSource source(Path input, String args) throws IOException {
        FieldMapping defaults = FieldMapping.defaults();
        String[] a = args.trim().split("\\s+");
        String id = defaults.id();
        String title = defaults.title();
        String text = defaults.text();
        String date = defaults.date();
        for (int i = 0; i + 1 < a.length; i++) {
            switch (a[i]) {
                case "--id-field" -> id = a[++i];
                case "--title-field" -> title = a[++i];
                case "--text-field" -> text = a[++i];
                case "--date-field" -> date = a[++i];
                default -> { }
            }
        }
        List<InputFile> files;
        try {
            files = InputScanner.forFormat(null).scan(List.of(input.toString())).files();
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
        return CorpusSource.builder(files).mapping(new FieldMapping(id, title, text, date)).build();
    }
}
