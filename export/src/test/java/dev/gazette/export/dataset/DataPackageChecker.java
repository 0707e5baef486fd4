package dev.gazette.export.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a data package the way {@code frictionless validate} does for what Gazette writes:
 * every resource's file exists; its header equals the schema's field names; every cell has the
 * field's type; required fields are filled; primary keys are unique; and every foreign key
 * value is a key of the referenced resource (rows whose referencing fields are all empty refer to
 * nothing). Returns the problems, one line each; none means valid.
 */
final class DataPackageChecker {

    private DataPackageChecker() {
    }

    static List<String> check(Path descriptor) throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode pkg = new ObjectMapper().readTree(descriptor.toFile());
        Path base = descriptor.getParent();
        Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (JsonNode r : pkg.get("resources")) {
            String name = r.get("name").asText();
            if (!names.add(name)) {
                problems.add("resource name '" + name + "' is used twice");
            }
            Path file = base.resolve(r.get("path").asText()).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                problems.add(name + ": path " + r.get("path").asText() + " is no file inside the package");
                continue;
            }
            JsonNode schema = r.get("schema");
            schemas.put(name, schema);
            List<List<String>> rows = readCsv(file, r.path("dialect"));
            List<String> fields = new ArrayList<>();
            schema.get("fields").forEach(f -> fields.add(f.get("name").asText()));
            if (rows.isEmpty() || !rows.get(0).equals(fields)) {
                problems.add(name + ": header " + (rows.isEmpty() ? "missing" : rows.get(0)) + " is not the field list "
                        + fields);
                continue;
            }
            List<Map<String, String>> records = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (row.size() != fields.size()) {
                    problems.add(name + " row " + (i + 1) + ": " + row.size() + " cells for " + fields.size() + " fields");
                    continue;
                }
                Map<String, String> rec = new LinkedHashMap<>();
                for (int c = 0; c < fields.size(); c++) {
                    JsonNode f = schema.get("fields").get(c);
                    String v = row.get(c);
                    rec.put(fields.get(c), v);
                    boolean required = f.path("constraints").path("required").asBoolean(false);
                    if (v.isEmpty()) {
                        if (required) {
                            problems.add(name + " row " + (i + 1) + ": required field " + fields.get(c) + " is empty");
                        }
                    } else if (!hasType(v, f.get("type").asText())) {
                        problems.add(name + " row " + (i + 1) + ": " + fields.get(c) + " = '" + v + "' is no "
                                + f.get("type").asText());
                    }
                }
                records.add(rec);
            }
            data.put(name, records);
            List<String> key = list(schema.get("primaryKey"));
            if (!key.isEmpty()) {
                Set<List<String>> seen = new HashSet<>();
                for (Map<String, String> rec : records) {
                    List<String> k = key.stream().map(rec::get).toList();
                    if (!seen.add(k)) {
                        problems.add(name + ": primary key " + key + " = " + k + " is not unique");
                    }
                }
            }
        }
        for (JsonNode r : pkg.get("resources")) {
            String name = r.get("name").asText();
            JsonNode fks = r.path("schema").path("foreignKeys");
            for (JsonNode fk : fks) {
                List<String> from = list(fk.get("fields"));
                String target = fk.get("reference").get("resource").asText();
                List<String> to = list(fk.get("reference").get("fields"));
                if (!data.containsKey(target)) {
                    problems.add(name + ": foreign key to unknown resource '" + target + "'");
                    continue;
                }
                Set<List<String>> keys = new HashSet<>();
                for (Map<String, String> rec : data.get(target)) {
                    keys.add(to.stream().map(rec::get).toList());
                }
                for (Map<String, String> rec : data.getOrDefault(name, List.of())) {
                    List<String> v = from.stream().map(rec::get).toList();
                    if (v.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (!keys.contains(v)) {
                        problems.add(name + ": " + from + " = " + v + " is not a " + to + " of " + target);
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static boolean hasType(String v, String type) {
        return switch (type) {
            case "integer" -> v.matches("[+-]?\\d+");
            case "number" -> v.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
            case "boolean" -> List.of("true", "True", "TRUE", "1", "false", "False", "FALSE", "0").contains(v);
            case "date" -> {
                try {
                    LocalDate.parse(v);
                    yield true;
                } catch (DateTimeParseException e) {
                    yield false;
                }
            }
            case "string", "any" -> true;
            default -> false;
        };
    }

    private static List<List<String>> readCsv(Path file, JsonNode dialect) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // frictionless reads utf-8 with a BOM as utf-8-sig
        }
        if (!dialect.path("lineTerminator").isMissingNode() && !text.isEmpty()
                && !text.endsWith(dialect.get("lineTerminator").asText())) {
            throw new IOException(file + " does not end in the dialect's line terminator");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
