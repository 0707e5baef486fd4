package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.gazette.export.schema.RecordSchemas;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON Lines record validates against the JSON Schema written beside it, and bad ones do not. */
class RecordSchemaTest {

    @TempDir
    static Path tmp;
    static Path out;
    /** The seed corpus: its spellings of one entity give entity_links rows, which the test corpus has none of. */
    static Path seeds;

    @BeforeAll
    static void export() throws IOException {
        out = tmp.resolve("out");
        // every fix applied (--unsafe): no fix is applied by default, and every table needs records to check
        TestCorpus.export(TestCorpus.CORPUS, out, DatasetExporter.Options.defaults(),
                new Engine(EngineOptions.builder().products(true).applySuggestedFixes(true).build()));
        seeds = tmp.resolve("seeds");
        TestCorpus.export(Path.of("../seeds"), seeds, DatasetExporter.Options.defaults());
    }

    @Test
    void everyRecordOfEveryTableMatchesItsSchema() throws IOException {
        for (TableSpec t : Tables.all()) {
            Path from = t == Tables.ENTITY_LINKS ? seeds : out;
            Schema schema = JsonSchemas.load(from.resolve(RecordSchemas.path(t)));
            List<JsonNode> records = TestCorpus.jsonl(from.resolve(t.name() + ".jsonl"));
            assertThat(records).as("records of %s", t.name()).isNotEmpty();
            for (JsonNode r : records) {
                assertThat(JsonSchemas.errors(schema, r)).as("%s record %s", t.name(), r.toString().substring(0, 60))
                        .isEmpty();
            }
        }
    }

    @Test
    void schemasAreDraft202012AndDescribeEveryColumn() throws IOException {
        for (TableSpec t : Tables.all()) {
            JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve(RecordSchemas.path(t)).toFile());
            assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            for (String column : t.header()) {
                assertThat(s.get("properties").has(column)).as("%s.%s", t.name(), column).isTrue();
            }
        }
    }

    @Test
    void aRecordWithAWrongTypeAMissingFieldOrAnExtraFieldIsRejected() throws IOException {
        Schema schema = JsonSchemas.load(out.resolve(RecordSchemas.path(Tables.QUOTES)));
        ObjectNode good = (ObjectNode) TestCorpus.jsonl(out.resolve("quotes.jsonl")).get(0);
        assertThat(JsonSchemas.errors(schema, good)).isEmpty();
        assertThat(JsonSchemas.errors(schema, good.deepCopy().put("balanced", "yes"))).isNotEmpty();
        assertThat(JsonSchemas.errors(schema, good.deepCopy().putNull("quote"))).isNotEmpty();
        ObjectNode missing = good.deepCopy();
        missing.remove("speaker");
        assertThat(JsonSchemas.errors(schema, missing)).isNotEmpty();
        assertThat(JsonSchemas.errors(schema, good.deepCopy().put("mood", "happy"))).isNotEmpty();

        Schema articles = JsonSchemas.load(out.resolve(RecordSchemas.path(Tables.ARTICLES)));
        ObjectNode article = (ObjectNode) TestCorpus.jsonl(out.resolve("articles.jsonl")).get(0);
        assertThat(JsonSchemas.errors(articles, article.deepCopy().put("published_date", "29 May 2023"))).isNotEmpty();
        assertThat(JsonSchemas.errors(articles, article.deepCopy().put("paragraphs", 3))).isNotEmpty();
    }
}
