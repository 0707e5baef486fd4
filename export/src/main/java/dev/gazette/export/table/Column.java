package dev.gazette.export.table;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a dataset table. The same description drives every output: the CSV header,
 * the XLSX cell type, the field of {@code datapackage.json}, the property of the record's
 * JSON Schema and the data dictionary in the documentation.
 *
 * @param name        the header name (snake_case; part of the interface)
 * @param type        the Table Schema type, one of {@link #TYPES}
 * @param description what the column holds
 * @param example     an example value, for the data dictionary
 * @param required    whether every row has a value (an empty cell is never valid)
 */
public record Column(String name, String type, String description, String example, boolean required) {

    /**
     * The Frictionless Table Schema types a column may have. {@code date} values are ISO-8601
     * dates ({@code 2023-05-29}); {@code datetime} values ISO-8601 date-times with a zone.
     */
    public static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "date", "datetime");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        example = example == null ? "" : example;
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name '" + name + "' must be snake_case");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("column '" + name + "' has type '" + type + "'; use one of "
                    + TYPES.stream().sorted().toList());
        }
    }

    /** An optional column: a row may leave it empty. */
    public Column(String name, String type, String description, String example) {
        this(name, type, description, example, false);
    }

    /** The same column, marked as always holding a value. */
    public Column asRequired() {
        return new Column(name, type, description, example, true);
    }
}
