package dev.gazette.export.format;

import java.util.Objects;

/**
 * Settings that shape how the formats write cells, and how a dataset names itself in the formats
 * that show it to people (the HTML report).
 *
 * @param excelCsv     CSV for Excel: a UTF-8 byte-order mark and CRLF line ends
 * @param formulaGuard neutralise CSV cells a spreadsheet would run as formulas
 * @param title        what the dataset is, in words (the HTML report's title)
 * @param generator    the tool and version that wrote it, e.g. {@code gazette 0.1.0}
 */
public record FormatSettings(boolean excelCsv, boolean formulaGuard, String title, String generator) {

    public FormatSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generator, "generator");
    }

    /** Cell settings, with a plain title and generator. */
    public FormatSettings(boolean excelCsv, boolean formulaGuard) {
        this(excelCsv, formulaGuard, "Gazette report", "gazette");
    }

    /** LF line ends, formula guard on. */
    public static FormatSettings defaults() {
        return new FormatSettings(false, true);
    }

    /** The same cell settings, with another title and generator. */
    public FormatSettings describedAs(String newTitle, String newGenerator) {
        return new FormatSettings(excelCsv, formulaGuard, newTitle, newGenerator);
    }
}
