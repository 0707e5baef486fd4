package dev.gazette.beam.write;

import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What dataset the pipeline writes, as {@code gazette export} is told: the formats (those whose
 * files can be cut into parts: {@code csv}, {@code jsonl}) and the cell settings.
 *
 * @param formats      format names, in registry order
 * @param excelCsv     CSV for Excel ({@code --excel})
 * @param formulaGuard guard formula-like CSV cells (off with {@code --no-formula-guard})
 */
public record DatasetSpec(List<String> formats, boolean excelCsv, boolean formulaGuard) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The formats whose table files are cut into parts that concatenate to the whole file. */
    public static final List<String> SHARDABLE = List.of("csv", "jsonl");

    public DatasetSpec {
        List<String> names = new ArrayList<>();
        for (DatasetFormat f : DatasetFormats.parseList(String.join(",", formats))) {
            if (!SHARDABLE.contains(f.name())) {
                throw new IllegalArgumentException("the Beam pipeline writes " + SHARDABLE + ", not " + f.name()
                        + "; merge the parts (gazette-beam merge) and convert, or run gazette export --format "
                        + f.name());
            }
            names.add(f.name());
        }
        formats = List.copyOf(names);
    }

    /**
     * The defaults of {@code gazette export} that can be cut into parts: its default formats but
     * the HTML report (one page of the whole corpus), LF line ends, formula guard on.
     */
    public static DatasetSpec defaults() {
        List<String> formats = new ArrayList<>();
        for (String f : DatasetFormats.DEFAULT.split(",")) {
            if (SHARDABLE.contains(f)) {
                formats.add(f);
            }
        }
        return new DatasetSpec(formats, false, true);
    }

    /** The formats. */
    public List<DatasetFormat> datasetFormats() {
        return DatasetFormats.parseList(String.join(",", formats));
    }

    /** The cell settings. */
    public FormatSettings settings() {
        return new FormatSettings(excelCsv, formulaGuard);
    }

    /** Every table of the dataset, in order. */
    public static List<TableSpec> tables() {
        return Tables.all();
    }

    /** The tables named {@code names}, in the order given. */
    public static List<TableSpec> tables(List<String> names) {
        return Tables.named(names);
    }
}
