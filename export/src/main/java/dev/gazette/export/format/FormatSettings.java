package dev.gazette.export.format;

/**
 * Settings that shape how the formats write cells.
 *
 * @param excelCsv     CSV for Excel: a UTF-8 byte-order mark and CRLF line ends
 * @param formulaGuard neutralise CSV cells a spreadsheet would run as formulas
 */
public record FormatSettings(boolean excelCsv, boolean formulaGuard) {

    /** LF line ends, formula guard on. */
    public static FormatSettings defaults() {
        return new FormatSettings(false, true);
    }
}
