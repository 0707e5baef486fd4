package dev.gazette.eval.names;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What {@code gazette export} wrote about names: the mentions (with the entity each resolves to),
 * the name findings ({@code name-variant}, {@code alias-variant}) and the name changes applied.
 *
 * @param mentionsByArticle mentions per article id, in text order
 * @param findings          name findings with the canonical form each proposes
 * @param changes           applied name changes
 */
public record ExportedNames(Map<String, List<Mention>> mentionsByArticle, List<NameFinding> findings,
                            List<NameChange> changes) {

    /** Rules whose findings and changes are name rewrites. */
    public static final List<String> NAME_RULES = List.of("name-variant", "possible-name-variant", "alias-variant");

    /** A row of mentions.csv. */
    public record Mention(String articleId, String entityId, String surface, int start, int end) { }

    /** A name finding: {@code surface} at {@code start..end} is to be written {@code canonical}. */
    public record NameFinding(String articleId, String rule, int start, int end, String surface, String canonical,
                              String message) { }

    /** An applied change of a name rule. */
    public record NameChange(String articleId, String rule, int start, int end, String before, String after) { }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Pattern WRITE = Pattern.compile("^Write '(.*?)'(?:,| if)");
    private static final Pattern QUOTED = Pattern.compile("^'(.*?)' (?:is spelled|is another name)");

    /** Reads {@code mentions.csv}, {@code findings.csv} and {@code changes.csv} from an export folder. */
    public static ExportedNames read(Path exportDir) throws IOException {
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (CSVRecord r : rows(exportDir.resolve("mentions.csv"))) {
            mentions.computeIfAbsent(r.get("article_id"), k -> new ArrayList<>())
                    .add(new Mention(r.get("article_id"), r.get("entity_id"), r.get("surface"),
                            Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))));
        }
        List<NameFinding> findings = new ArrayList<>();
        for (CSVRecord r : rows(exportDir.resolve("findings.csv"))) {
            if (!NAME_RULES.contains(r.get("rule")) || r.get("start").isEmpty()) {
                continue;
            }
            Matcher w = WRITE.matcher(r.get("suggestion"));
            Matcher q = QUOTED.matcher(r.get("message"));
            findings.add(new NameFinding(r.get("article_id"), r.get("rule"), Integer.parseInt(r.get("start")),
                    Integer.parseInt(r.get("end")), q.find() ? q.group(1) : "", w.find() ? w.group(1) : "",
                    r.get("message")));
        }
        List<NameChange> changes = new ArrayList<>();
        for (CSVRecord r : rows(exportDir.resolve("changes.csv"))) {
            if (NAME_RULES.contains(r.get("rule"))) {
                changes.add(new NameChange(r.get("article_id"), r.get("rule"), Integer.parseInt(r.get("start")),
                        Integer.parseInt(r.get("end")), r.get("before"), r.get("after")));
            }
        }
        return new ExportedNames(Map.copyOf(mentions), List.copyOf(findings), List.copyOf(changes));
    }

    /** The exported mention that overlaps {@code start..end} in the article most, or null. */
    public Mention match(String articleId, int start, int end) {
        Mention best = null;
        int bestOverlap = 0;
        for (Mention m : mentionsByArticle.getOrDefault(articleId, List.of())) {
            int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSV.parse(r).getRecords();
        }
    }
}
