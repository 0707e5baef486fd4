package dev.gazette.export.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON Schema validation with networknt's validator, for the SARIF and JSON report tests. */
final class SchemaValidation {

    /** The OASIS SARIF 2.1.0 schema (draft 4), copied from ../shared/schemas. */
    static final Schema SARIF = load("/report/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_4);
    /** Gazette's own schema of the JSON report (draft 2020-12), shipped beside the renderer. */
    static final Schema GAZETTE_JSON = load("/dev/gazette/export/report/gazette-report.schema.json",
            SpecificationVersion.DRAFT_2020_12);

    private SchemaValidation() {
    }

    static List<String> errors(Schema schema, String json) throws IOException {
        JsonNode node = new ObjectMapper().readTree(json);
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    private static Schema load(String resource, SpecificationVersion version) {
        try (InputStream in = SchemaValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return SchemaRegistry.withDefaultDialect(version).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
