package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.Tables;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities and mentions tables of the sample corpus, read back with a CSV parser and Jackson. */
class NameTablesExportTest {

    @TempDir
    static Path tmp;

    static Path out;

    @BeforeAll
    static void export() throws Exception {
        out = tmp.resolve("dataset");
        Engine engine = new Engine(EngineOptions.builder()
                .referenceData(new ReferenceData(List.of(), false, List.of())).products(true)
                .applySuggestedFixes(true).build()); // suggested fixes too, as --unsafe
        InputScanner.Scan scan = new InputScanner().scan(List.of("../seeds"));
        try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out),
                DatasetExporter.Options.defaults())) {
            TestCorpus.run(exporter, engine, scan.files(), scan.notes());
            exporter.commit();
        }
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<String> header(String file) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().get().parse(r).getHeaderNames();
        }
    }

    @Test
    void bothTablesHaveTheDocumentedColumns() throws Exception {
        assertThat(header("entities.csv")).containsExactlyElementsOf(Tables.ENTITIES.header())
                .contains("id", "name", "type", "variants", "mentions", "articles");
        assertThat(header("mentions.csv")).containsExactlyElementsOf(Tables.MENTIONS.header())
                .contains("article_id", "entity_id", "surface", "canonical", "line", "column", "start", "end");
        for (Column c : Tables.ENTITIES.columns()) {
            assertThat(c.description()).isNotBlank();
        }
        for (Column c : Tables.MENTIONS.columns()) {
            assertThat(c.description()).isNotBlank();
        }
    }

    @Test
    void anEntityRowListsEverySpellingSortedWithItsCounts() throws Exception {
        CSVRecord fayyadh = read("entities.csv").stream().filter(r -> r.get("id").equals("falih-al-fayyadh"))
                .findFirst().orElseThrow();
        assertThat(fayyadh.get("name")).isEqualTo("Falih al-Fayyadh");
        assertThat(fayyadh.get("type")).isEqualTo("person");
        assertThat(fayyadh.get("variants")).isEqualTo("Faleh al-Fayyad|Falih al-Fayyadh|Fayyad|al-Fayyadh");
        assertThat(fayyadh.get("articles")).isEqualTo("2");
        assertThat(fayyadh.get("mentions")).isEqualTo("7");
    }

    @Test
    void mentionsJoinEntitiesAndTheCountsAgree() throws Exception {
        List<CSVRecord> entities = read("entities.csv");
        Map<String, Integer> mentionsPerEntity = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord e : entities) {
            assertThat(ids.add(e.get("id"))).as("unique id %s", e.get("id")).isTrue();
        }
        for (CSVRecord m : read("mentions.csv")) {
            assertThat(ids).contains(m.get("entity_id"));
            mentionsPerEntity.merge(m.get("entity_id"), 1, Integer::sum);
        }
        for (CSVRecord e : entities) {
            assertThat(Integer.parseInt(e.get("mentions"))).isEqualTo(mentionsPerEntity.get(e.get("id")));
        }
    }

    @Test
    void aMentionPointsAtItsSurfaceInTheRawText() throws Exception {
        Map<String, String> raw = new HashMap<>();
        for (CSVRecord a : read("articles.csv")) {
            raw.put(a.get("id"), Files.readString(Path.of("../seeds", a.get("id") + ".txt"), StandardCharsets.UTF_8));
        }
        List<CSVRecord> mentions = read("mentions.csv");
        assertThat(mentions).hasSizeGreaterThan(100);
        for (CSVRecord m : mentions) {
            String text = raw.get(m.get("article_id"));
            String at = text.substring(Integer.parseInt(m.get("start")), Integer.parseInt(m.get("end")));
            assertThat(at.replaceAll("\\s+", " ")).isEqualTo(m.get("surface"));
        }
    }

    @Test
    void withSuggestedFixesTheCleanTextAndTheJsonLinesUseTheCanonicalName() throws Exception {
        CSVRecord article = read("articles.csv").stream().filter(r -> r.get("id").equals("001_11574be641c1007b"))
                .findFirst().orElseThrow();
        assertThat(article.get("text")).contains("Falih al-Fayyadh, head of").doesNotContain("Faleh");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
            records.add(json.readTree(line));
        }
        JsonNode araji = records.stream().filter(n -> n.get("id").asText().equals("qasim-al-araji")).findFirst()
                .orElseThrow();
        assertThat(araji.get("variants").asText()).as("the JSON record equals the CSV row")
                .isEqualTo("Al-Araji|Qasim al-Araji|Qassim al-Araji|al-Araji");
    }
}
