package dev.gazette.beam.write;

import java.io.Serializable;
import java.util.List;

/**
 * One part of a sharded dataset, written.
 *
 * @param part       the part number (parts concatenate in number order)
 * @param tableFiles the table files it holds a part of ({@code articles.csv}, ...)
 * @param warnings   what the formats said about the cells of this part
 */
public record ShardWritten(int part, List<String> tableFiles, List<String> warnings) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ShardWritten {
        tableFiles = List.copyOf(tableFiles);
        warnings = List.copyOf(warnings);
    }
}
