package dev.gazette.export.table;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset table: its name (the file name without extension), columns, key and references.
 * Every output format is derived from it, so a table added to {@link Tables#all()} is
 * written as CSV, JSON Lines and XLSX and described in {@code datapackage.json} and
 * {@code schemas/} without further code.
 *
 * @param name        the table name, e.g. {@code articles}
 * @param description what one row is
 * @param columns     the columns, in file order
 * @param primaryKey  the columns that identify a row
 * @param foreignKeys references to other tables
 */
public record TableSpec(String name, String description, List<Column> columns, List<String> primaryKey,
                        List<ForeignKey> foreignKeys) {

    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("table name '" + name + "' must be snake_case");
        }
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("table '" + name + "' has two columns named '" + c.name() + "'");
            }
        }
        for (String k : primaryKey) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("primary key column '" + k + "' is not a column of '" + name + "'");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            for (String f : fk.fields()) {
                if (!names.contains(f)) {
                    throw new IllegalArgumentException("foreign key column '" + f + "' is not a column of '" + name + "'");
                }
            }
        }
    }

    /** The header names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The column called {@code columnName}, if any. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /**
     * A reference from {@code fields} of this table to {@code referencedFields} of {@code table}.
     * A row whose referencing fields are all empty refers to nothing and is valid.
     *
     * @param fields           the referencing columns
     * @param table            the referenced table
     * @param referencedFields the referenced columns
     */
    public record ForeignKey(List<String> fields, String table, List<String> referencedFields) {
        public ForeignKey {
            fields = List.copyOf(fields);
            referencedFields = List.copyOf(referencedFields);
            if (fields.isEmpty() || fields.size() != referencedFields.size()) {
                throw new IllegalArgumentException("a foreign key needs as many referenced fields as fields");
            }
        }
    }
}
