package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code datapackage.json} meets the Data Package rules: the descriptor validates against a JSON
 * Schema written from the Frictionless v1 specifications, and the data against the descriptor
 * (field names equal the CSV headers, types, required fields, unique keys, references resolve).
 */
class DataPackageTest {

    @TempDir
    Path tmp;

    @Test
    void theDescriptorFollowsTheTabularDataPackageSpecification() throws IOException {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        Schema spec = JsonSchemas.load(Path.of("src/test/resources/schemas/tabular-data-package-v1.schema.json"));
        JsonNode descriptor = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        assertThat(JsonSchemas.errors(spec, descriptor)).isEmpty();
        JsonNode broken = descriptor.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("resources").get(0).get("schema").get("fields").get(0))
                .put("type", "text");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("name", "Gazette Dataset");
        assertThat(JsonSchemas.errors(spec, broken)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(descriptor.get("resources")).hasSize(Tables.all().size());
        for (int i = 0; i < Tables.all().size(); i++) {
            TableSpec t = Tables.all().get(i);
            JsonNode r = descriptor.get("resources").get(i);
            assertThat(r.get("path").asText()).isEqualTo(t.name() + ".csv");
            assertThat(r.get("schema").get("fields")).hasSize(t.columns().size());
        }
    }

    @Test
    void theDataMeetsTheDescriptor() throws IOException {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        assertThat(DataPackageChecker.check(out.resolve("datapackage.json"))).isEmpty();
    }

    @Test
    void excelCsvIsDescribedWithItsLineEnds() throws IOException {
        Path out = tmp.resolve("excel");
        TestCorpus.export(out, DatasetExporter.Options.defaults().withExcelCsv(true)
                .withFormats(DatasetFormats.parseList("csv")));
        JsonNode descriptor = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        assertThat(descriptor.get("resources").get(0).get("dialect").get("lineTerminator").asText()).isEqualTo("\r\n");
        assertThat(DataPackageChecker.check(out.resolve("datapackage.json"))).isEmpty();
        assertThat(out.resolve("schemas")).doesNotExist();
    }

    @Test
    void theCheckerCatchesABrokenReferenceAKeyClashAndABadType() throws IOException {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, DatasetExporter.Options.defaults());
        Path quotes = out.resolve("quotes.csv");
        String csv = Files.readString(quotes, StandardCharsets.UTF_8);
        String[] lines = csv.split("\n", -1);
        lines[1] = lines[1].replaceFirst("^[^,]+,", "no-such-article,");
        lines[2] = lines[3];
        lines[4] = lines[4].replace(",true,", ",perhaps,");
        Files.writeString(quotes, String.join("\n", lines), StandardCharsets.UTF_8);
        assertThat(DataPackageChecker.check(out.resolve("datapackage.json")))
                .anyMatch(p -> p.contains("no-such-article") && p.contains("is not a [id] of articles"))
                .anyMatch(p -> p.contains("is not unique"))
                .anyMatch(p -> p.contains("'perhaps' is no boolean"));
    }
}
