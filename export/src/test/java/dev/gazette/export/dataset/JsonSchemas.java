package dev.gazette.export.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Validation with com.networknt json-schema-validator, draft 2020-12. */
final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    static Schema load(Path file) throws IOException {
        return REGISTRY.getSchema(new ObjectMapper().readTree(file.toFile()));
    }

    static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }
}
