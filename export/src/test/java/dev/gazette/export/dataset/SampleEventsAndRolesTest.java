package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus's meetings are rows of the events table, and its one title out of date is a
 * role-timeline finding (issue 19, point 6). What is expected is data:
 * {@code src/test/resources/samples/expected-events.tsv} and {@code expected-role-findings.tsv};
 * who held which post when comes from the bundled registry.
 */
class SampleEventsAndRolesTest {

    static final Path SAMPLES = Path.of("../seeds");
    static final Path EXPECTED = Path.of("src/test/resources/samples");
    /** The date line the dated variant adds under the title of the article that has none. */
    static final String DATE_LINE = "Saturday 25 February 2023";

    @TempDir
    static Path tmp;

    static Map<String, List<CSVRecord>> events = new LinkedHashMap<>();
    static List<CSVRecord> findings;

    @BeforeAll
    static void export() throws Exception {
        Path asIs = tmp.resolve("as-is");
        TestCorpus.export(SAMPLES, asIs, DatasetExporter.Options.defaults());
        events.put("as-is", read(asIs.resolve("events.csv")));
        findings = read(asIs.resolve("findings.csv"));

        Path corpus = Files.createDirectories(tmp.resolve("dated-corpus"));
        try (var files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("001")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
                lines.add(1, DATE_LINE);
                Files.write(corpus.resolve(f.getFileName()), lines, StandardCharsets.UTF_8);
            }
        }
        Path dated = tmp.resolve("dated");
        TestCorpus.export(corpus, dated, DatasetExporter.Options.defaults());
        events.put("dated", read(dated.resolve("events.csv")));
    }

    @Test
    void theSampleMeetingsAreRowsOfTheEventsTable() throws Exception {
        List<Map<String, String>> expected = expected("expected-events.tsv");
        assertThat(expected).hasSizeGreaterThan(10);
        for (Map<String, String> e : expected) {
            List<CSVRecord> rows = events.get(e.get("variant"));
            assertThat(rows.stream().anyMatch(r -> matches(e, r)))
                    .as("an event row %s among %s", e, rows.stream().map(SampleEventsAndRolesTest::describe).toList())
                    .isTrue();
        }
    }

    @Test
    void theTitleOutOfDateIsTheOnlyRoleFinding() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Map<String, String> e : expected("expected-role-findings.tsv")) {
            expected.add(e.get("article") + "\t" + e.get("rule") + "\t" + e.get("message"));
        }
        List<String> actual = new ArrayList<>();
        for (CSVRecord f : findings) {
            if (f.get("rule").startsWith("role-")) {
                actual.add(f.get("article_id").substring(0, 3) + "\t" + f.get("rule") + "\t" + f.get("message"));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static boolean matches(Map<String, String> e, CSVRecord r) {
        if (!r.get("article_id").startsWith(e.get("article"))
                || !Arrays.asList(e.get("type").split("\\|")).contains(r.get("type"))
                || !r.get("place_entity_id").equals(e.get("place"))
                || !r.get("date").equals(e.get("date"))
                || !r.get("date_expression").equals(e.get("expression"))) {
            return false;
        }
        List<String> names = new ArrayList<>(Arrays.asList(r.get("participant_names").split("\\|")));
        String[] people = e.get("participants").split("; ");
        if (names.size() != people.length) {
            return false;
        }
        for (String person : people) {
            boolean found = false;
            for (int i = 0; i < names.size() && !found; i++) {
                for (String spelling : person.split("\\|")) {
                    if (fold(names.get(i)).endsWith(fold(spelling))) {
                        names.remove(i);
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String describe(CSVRecord r) {
        return r.get("article_id").substring(0, 3) + " " + r.get("type") + " " + r.get("participant_names") + " @"
                + r.get("place_entity_id") + " " + r.get("date") + " '" + r.get("date_expression") + "'";
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<Map<String, String>> expected(String name) throws Exception {
        List<String> lines = Files.readAllLines(EXPECTED.resolve(name), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            out.add(row);
        }
        return out;
    }
}
