package dev.gazette.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.export.dataset.OutputFolder;
import dev.gazette.export.dataset.Records;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.report.Fingerprints;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.Finding;
import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code html} dataset format reads what other parts of a run add to the tables when they are
 * there: the findings table's {@code fingerprint} column (the decisions of issue 15) and the rows
 * of an {@code entity_links} table (the link evidence of issue 14); without them the page says so.
 */
class HtmlFormatTest {

    @TempDir
    Path tmp;

    /** The findings table without its fingerprint column, as a dataset of an older version has it. */
    static final TableSpec FINDINGS_WITHOUT_FINGERPRINTS = withoutColumn(Tables.FINDINGS, "fingerprint");

    /** An entity_links table as issue 14 describes it. */
    static final TableSpec LINKS = new TableSpec("entity_links", "Why the forms of an entity were joined.", List.of(
            new Column("entity_id", "string", "Entity.", "x"), new Column("form", "string", "Form.", "x"),
            new Column("linked_form", "string", "Other form.", "x"), new Column("probability", "number", "P.", "0.9"),
            new Column("weight", "number", "Bits.", "3.2"), new Column("evidence", "string", "Levels.", "a=+1"),
            new Column("explanation", "string", "Words.", "x")), List.of("entity_id", "form", "linked_form"), List.of());

    static TableSpec withoutColumn(TableSpec t, String name) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.removeIf(c -> c.name().equals(name));
        return new TableSpec(t.name(), t.description(), columns, t.primaryKey(), t.foreignKeys());
    }

    @Test
    void decisionsAreRecordedAgainstTheFingerprintColumnAndLinksAreShownWhenTheDatasetHasThem() throws Exception {
        Set<String> expected = new HashSet<>();
        Path page = run(tmp.resolve("with"), true, expected);
        JsonNode index = block(page, "gz-index");
        assertThat(index.get("suggestions")).isNotEmpty();
        for (JsonNode s : index.get("suggestions")) {
            assertThat(s.get(1).asText()).isIn(expected);
        }
        JsonNode links = block(page, "gz-entities").get("links");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get(5).asText()).isEqualTo("name:exact=+9.0");
    }

    @Test
    void withoutThemThePageShowsSuggestionsThatCannotBeDecidedAndNoLinkEvidence() throws Exception {
        Path page = run(tmp.resolve("without"), false, new HashSet<>());
        JsonNode index = block(page, "gz-index");
        assertThat(index.get("suggestions")).isNotEmpty().allSatisfy(s -> assertThat(s.get(1).isNull()).isTrue());
        assertThat(block(page, "gz-entities").get("links").isNull()).isTrue();
    }

    /** Writes the seeds through the html format, as the exporter would, with or without the optional tables. */
    private static Path run(Path dir, boolean optional, Set<String> fingerprints) throws Exception {
        InputScanner.Scan scan = new InputScanner().scan(List.of(ReportPages.SEEDS.toString()));
        OutputFolder folder = OutputFolder.open(dir);
        FormatWriter w = new HtmlFormat().open(folder, Tables.all(), FormatSettings.defaults().describedAs("t", "g"),
                m -> { });
        TableSpec findings = optional ? Tables.FINDINGS : FINDINGS_WITHOUT_FINGERPRINTS;
        String[] entity = new String[1];
        new Engine(EngineOptions.builder().products(true).build()).run(scan.files(), scan.notes(), r -> {
            List<String> fps = Fingerprints.of(r.findings(), r.parsed() ? r.article().raw() : null);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                Map<String, Object> row = new LinkedHashMap<>(Records.findingRow(f, i + 1, r.parsed(),
                        optional ? fps.get(i) : null));
                if (optional) {
                    fingerprints.add(fps.get(i));
                }
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                w.append(findings, w.render(findings, rows, rows));
            }
            if (entity[0] == null && r.products().mentions() != null && !r.products().mentions().isEmpty()) {
                entity[0] = r.products().mentions().get(0).entityId();
            }
            w.article(r);
        });
        if (optional) {
            Map<String, Object> link = Map.of("entity_id", entity[0], "form", "A", "linked_form", "B",
                    "probability", 0.99, "weight", 9.0, "evidence", "name:exact=+9.0", "explanation", "Same name.");
            w.append(LINKS, w.render(LINKS, List.of(link), List.of(link)));
        }
        w.finish();
        folder.commit();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                HtmlFormat.FILE, OutputFolder.MARKER);
        return dir.resolve(HtmlFormat.FILE);
    }

    private static JsonNode block(Path page, String id) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }
}
