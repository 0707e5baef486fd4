package dev.gazette.export.format;

import dev.gazette.export.table.TableSpec;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One file format a dataset can be written in ({@code csv}, {@code jsonl}, {@code xlsx}, ...).
 * Registered in one place, {@code DatasetFormats}, from which the command line's
 * {@code --format} choices and help come. A format opens a {@link FormatWriter} per dataset.
 */
public interface DatasetFormat {

    /** The name on the command line, lower case. */
    String name();

    /** One line for the help text: what files it writes. */
    String description();

    /**
     * Opens a writer for one dataset.
     *
     * @param files    where to write
     * @param tables   the tables of the dataset, in order
     * @param settings cell settings
     * @param warnings receives one line per thing the user should know about the files (a
     *                 spreadsheet limit hit, say)
     */
    FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings, Consumer<String> warnings)
            throws IOException;
}
