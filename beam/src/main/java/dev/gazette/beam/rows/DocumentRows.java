package dev.gazette.beam.rows;

import java.util.List;
import java.util.Map;

/**
 * The rows one document adds to the dataset, table by table in the order the local exporter
 * writes them.
 *
 * @param tables the tables it adds rows to
 */
public record DocumentRows(List<Table> tables) {

    public DocumentRows {
        tables = List.copyOf(tables);
    }

    /**
     * The rows one document adds to one table.
     *
     * @param name    the table's name
     * @param rows    flat rows, one value per column
     * @param records JSON records
     */
    public record Table(String name, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
        public Table {
            rows = List.copyOf(rows);
            records = records == rows ? rows : List.copyOf(records);
        }
    }
}
