package dev.gazette.eval.fixes;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The hand judgements of one corpus, kept in the repository as CSV: one row per judged item,
 * {@code kind,article_id,rule,start,end,replacement,check,verdict,note}. No article text: the
 * item is named by its article id and raw offsets, and {@code check} (a short hash of the raw
 * text around the item) tells when the corpus no longer holds what was judged.
 */
final class Judgements {

    static final String[] HEADER = {"kind", "article_id", "rule", "start", "end", "replacement", "check", "verdict",
            "note"};

    /** A verdict: the finding is real / the change is right; a false alarm / a wrong change; undecided. */
    enum Verdict {
        OK, WRONG, UNSURE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Verdict parse(String s, String where) throws IOException {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": verdict '" + s + "' is not one of ok, wrong, unsure");
            }
        }
    }

    /** One recorded judgement. */
    record Judgement(Item.Kind kind, String articleId, String rule, int start, int end, String replacement,
                     String check, Verdict verdict, String note) {

        String key() {
            return Item.key(kind, articleId, rule, start, end, replacement);
        }
    }

    private final Map<String, Judgement> byKey = new TreeMap<>();

    /** Reads a judgement file; a missing file is an empty set. Rows with an empty verdict are skipped. */
    static Judgements read(Path file) throws IOException {
        Judgements j = new Judgements();
        if (Files.isRegularFile(file)) {
            j.addAll(file);
        }
        return j;
    }

    /** Adds every row with a verdict from {@code file} (same columns; extra columns are ignored); later rows win. */
    int addAll(Path file) throws IOException {
        int added = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String where = file + ":" + r.getRecordNumber();
                String verdict = r.isMapped("verdict") ? r.get("verdict") : "";
                if (verdict == null || verdict.isBlank()) {
                    continue;
                }
                try {
                    Judgement g = new Judgement(Item.Kind.parse(r.get("kind")), r.get("article_id"), r.get("rule"),
                            Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")), r.get("replacement"),
                            r.get("check"), Verdict.parse(verdict, where), r.get("note"));
                    byKey.put(g.key(), g);
                    added++;
                } catch (IllegalArgumentException e) {
                    throw new IOException(where + ": bad row (" + e.getMessage() + "); expected the columns "
                            + String.join(",", HEADER), e);
                }
            }
        }
        return added;
    }

    Judgement get(Item item) {
        return byKey.get(item.key());
    }

    int size() {
        return byKey.size();
    }

    /** Writes every judgement, sorted by key, so the file's diff shows only what changed. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER)
                     .setRecordSeparator('\n').get())) {
            List<Judgement> all = new ArrayList<>(byKey.values());
            for (Judgement g : all) {
                p.printRecord(g.kind().label(), g.articleId(), g.rule(), g.start(), g.end(), g.replacement(),
                        g.check(), g.verdict().label(), g.note());
            }
        }
    }
}
