package dev.gazette.export.table;

import java.util.List;

/**
 * A dataset table: its name (the file name without extension), columns, key and references.
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
    }

    /** The header names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * A reference from {@code fields} of this table to {@code referencedFields} of {@code table}.
     *
     * @param fields           the referencing columns
     * @param table            the referenced table
     * @param referencedFields the referenced columns
     */
    public record ForeignKey(List<String> fields, String table, List<String> referencedFields) {
        public ForeignKey {
            fields = List.copyOf(fields);
            referencedFields = List.copyOf(referencedFields);
        }
    }
}
