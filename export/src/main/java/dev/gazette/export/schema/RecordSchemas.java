package dev.gazette.export.schema;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gazette.export.internal.JsonMappers;
import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of each table's JSON Lines records, derived from the
 * {@link TableSpec}: one property per column, every property present, {@code null} allowed
 * where the column is optional, nothing else allowed. Where a table's JSON record carries more
 * than its CSV row (articles: the paragraphs themselves, the raw text), a resource
 * {@code <table>.record.json} next to this class adds or replaces properties.
 */
public final class RecordSchemas {

    /** The JSON Schema dialect of every schema written. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private RecordSchemas() {
    }

    /** Where the schema of {@code table} is written in the output folder. */
    public static String path(TableSpec table) {
        return "schemas/" + table.name() + ".schema.json";
    }

    /** The schema of {@code table}'s records. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(TableSpec table) {
        Map<String, Object> extra = extension(table.name());
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            properties.put(c.name(), property(c));
        }
        String description = table.description();
        if (extra != null) {
            properties.putAll((Map<String, Object>) extra.getOrDefault("properties", Map.of()));
            if (extra.get("description") instanceof String d) {
                description = description + " " + d;
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", DIALECT);
        s.put("title", table.name());
        s.put("description", description);
        s.put("type", "object");
        s.put("properties", properties);
        s.put("required", new ArrayList<>(properties.keySet()));
        s.put("additionalProperties", false);
        if (extra != null && extra.get("$defs") != null) {
            s.put("$defs", extra.get("$defs"));
        }
        return s;
    }

    private static Map<String, Object> property(Column c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("description", c.description());
        String json = switch (c.type()) {
            case "integer" -> "integer";
            case "number" -> "number";
            case "boolean" -> "boolean";
            default -> "string";
        };
        p.put("type", c.required() ? json : List.of(json, "null"));
        if (c.type().equals("date")) {
            p.put("format", "date");
            p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (c.type().equals("datetime")) {
            p.put("format", "date-time");
        }
        Object example = example(c);
        if (example != null) {
            p.put("examples", List.of(example));
        }
        return p;
    }

    private static Object example(Column c) {
        String e = c.example();
        if (e.isEmpty()) {
            return null;
        }
        try {
            return switch (c.type()) {
                case "integer" -> Long.parseLong(e);
                case "number" -> Double.parseDouble(e);
                case "boolean" -> e.equals("true") ? Boolean.TRUE : e.equals("false") ? Boolean.FALSE : null;
                default -> e;
            };
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Map<String, Object> extension(String table) {
        try (InputStream in = RecordSchemas.class.getResourceAsStream(table + ".record.json")) {
            return in == null ? null : JsonMappers.mapper().readValue(in, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled schema extension for " + table + " is unreadable", e);
        }
    }
}
