package dev.gazette.export.table;

/**
 * One column of a dataset table.
 *
 * @param name        the header name (snake_case; part of the interface)
 * @param type        the Table Schema type: string, integer, number, boolean, date, datetime
 * @param description what the column holds
 * @param example     an example value, for the data dictionary
 */
public record Column(String name, String type, String description, String example) {
}
