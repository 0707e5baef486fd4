package dev.gazette.eval.names;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled names set: gold entity families over the mentions that occur in a sample of a real
 * corpus (surface, article id and offsets of every occurrence), hard negatives (two families that
 * look alike and denote different entities) and hand judgements of name rewrites. Each family and
 * negative belongs to the {@code tune} or the {@code heldout} part.
 *
 * @param dir        the set's folder
 * @param settings   {@code set.properties}: corpus, input, export arguments, sample and split seeds
 * @param occurrences {@code families.tsv}
 * @param negatives  {@code negatives.tsv}
 * @param judgements {@code rewrites.tsv} (empty when the set has none yet)
 */
public record LabelledSet(Path dir, Properties settings, List<Occurrence> occurrences,
                          List<Negative> negatives, List<RewriteJudgement> judgements) {

    /** One occurrence of a family's surface form; {@code optional} spans are neither required nor false merges. */
    public record Occurrence(String family, String split, boolean optional, String surface,
                             String articleId, int start, int end) { }

    /** Two families that must not be merged. */
    public record Negative(String familyA, String familyB, String split, String note) { }

    /**
     * A judged name rewrite: the finding at {@code articleId}/{@code start}/{@code end} that proposes
     * writing {@code surface} as {@code canonical}; {@code right} when both denote the same entity and
     * the canonical form is a correct spelling of it. A row whose article id is {@code *} (start and
     * end empty) judges the rewrite wherever it occurs: used for rewrites that are right or wrong
     * whatever the article (a spelling of a place, a word taken for a name); a row of one occurrence
     * takes precedence over it.
     */
    public record RewriteJudgement(String articleId, int start, int end, String surface, String canonical,
                                   boolean right, String note) {
        /** The article id of a judgement that holds wherever the rewrite occurs. */
        public static final String ANY = "*";

        String key() {
            return RewriteJudgement.key(articleId, start, surface, canonical);
        }

        /** True for a judgement of the rewrite wherever it occurs. */
        public boolean everywhere() {
            return articleId.equals(ANY);
        }

        static String key(String articleId, int start, String surface, String canonical) {
            return articleId + '\u0000' + start + '\u0000' + surface + '\u0000' + canonical;
        }
    }

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setQuote(null).setIgnoreSurroundingSpaces(false).get();

    /** Reads the {@code set.properties} of a set's folder. */
    public static Properties readSettings(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("set.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Reads the set in {@code dir}; a malformed row is an error naming the file and line. */
    public static LabelledSet read(Path dir) throws IOException {
        Properties p = readSettings(dir);
        List<Occurrence> occ = new ArrayList<>();
        for (CSVRecord r : rows(dir.resolve("families.tsv"))) {
            occ.add(new Occurrence(r.get("family"), split(r, dir.resolve("families.tsv")),
                    kind(r, dir.resolve("families.tsv")), r.get("surface"), r.get("article_id"),
                    integer(r, "start", dir.resolve("families.tsv")), integer(r, "end", dir.resolve("families.tsv"))));
        }
        List<Negative> neg = new ArrayList<>();
        for (CSVRecord r : rows(dir.resolve("negatives.tsv"))) {
            neg.add(new Negative(r.get("family_a"), r.get("family_b"), split(r, dir.resolve("negatives.tsv")), r.get("note")));
        }
        return new LabelledSet(dir, p, List.copyOf(occ), List.copyOf(neg), readJudgements(dir.resolve("rewrites.tsv")));
    }

    /**
     * A set written as family specs ({@code families*.spec}, read by {@link FamilySpec}) instead of
     * {@code families.tsv} and {@code negatives.tsv}: its occurrences are the export's mentions of the
     * specs' forms, all in the tune part. The committed set of our own sentences is of this kind.
     */
    public static LabelledSet fromSpecs(Path dir, ExportedNames export) throws IOException {
        List<Path> specs;
        try (var files = Files.list(dir)) {
            specs = files.filter(f -> f.getFileName().toString().matches("families.*\\.spec")).sorted().toList();
        }
        if (specs.isEmpty()) {
            throw new IOException(dir + ": no families.tsv and no families*.spec");
        }
        List<Occurrence> occ = new ArrayList<>();
        List<Negative> neg = new ArrayList<>();
        for (Path spec : specs) {
            FamilySpec f = FamilySpec.read(spec);
            occ.addAll(f.occurrences(export, null));
            neg.addAll(f.negatives());
        }
        return new LabelledSet(dir, readSettings(dir), List.copyOf(occ), List.copyOf(neg),
                readJudgements(dir.resolve("rewrites.tsv")));
    }

    /** True when the set's families are written as specs (see {@link #fromSpecs}). */
    public static boolean isSpecSet(Path dir) {
        return !Files.exists(dir.resolve("families.tsv"));
    }

    /** The judgements of a {@code rewrites.tsv}; none when the file does not exist. */
    public static List<RewriteJudgement> readJudgements(Path rewrites) throws IOException {
        List<RewriteJudgement> jud = new ArrayList<>();
        if (Files.exists(rewrites)) {
            for (CSVRecord r : rows(rewrites)) {
                String v = r.get("verdict");
                if (!v.equals("right") && !v.equals("wrong")) {
                    throw new IOException(rewrites + ":" + (r.getRecordNumber() + 1)
                            + ": verdict must be 'right' or 'wrong', not '" + v + "'");
                }
                boolean any = r.get("article_id").equals(RewriteJudgement.ANY);
                jud.add(new RewriteJudgement(r.get("article_id"), any ? -1 : integer(r, "start", rewrites),
                        any ? -1 : integer(r, "end", rewrites), r.get("surface"), r.get("canonical"),
                        v.equals("right"), r.isMapped("note") ? r.get("note") : ""));
            }
        }
        return List.copyOf(jud);
    }

    /** A setting of {@code set.properties}, or an error naming the file. */
    public String setting(String key) throws IOException {
        String v = settings.getProperty(key);
        if (v == null) {
            throw new IOException(dir.resolve("set.properties") + ": missing '" + key + "'");
        }
        return v.trim();
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TSV.parse(r).getRecords();
        }
    }

    private static String split(CSVRecord r, Path file) throws IOException {
        String s = r.get("split");
        if (!s.equals("tune") && !s.equals("heldout")) {
            throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": split must be 'tune' or 'heldout', not '"
                    + s + "'");
        }
        return s;
    }

    private static boolean kind(CSVRecord r, Path file) throws IOException {
        String k = r.get("kind");
        if (!k.equals("required") && !k.equals("optional")) {
            throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": kind must be 'required' or 'optional', not '"
                    + k + "'");
        }
        return k.equals("optional");
    }

    private static int integer(CSVRecord r, String column, Path file) throws IOException {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + (r.getRecordNumber() + 1) + ": " + column + " is not a number: '"
                    + r.get(column) + "'");
        }
    }
}
