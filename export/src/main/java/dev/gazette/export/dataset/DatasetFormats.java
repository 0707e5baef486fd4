package dev.gazette.export.dataset;

import dev.gazette.export.csv.CsvFormat;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.html.HtmlFormat;
import dev.gazette.export.jsonl.JsonlFormat;
import dev.gazette.export.text.TextsFormat;
import dev.gazette.export.xlsx.XlsxFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one registry of dataset formats: the command line's {@code --format} choices and help
 * text come from here, and a new format is one class added to {@link #ALL}.
 */
public final class DatasetFormats {

    /** Every format, in the order their files are listed. */
    public static final List<DatasetFormat> ALL = List.of(new CsvFormat(), new JsonlFormat(), new XlsxFormat(),
            new TextsFormat(), new HtmlFormat());

    /** What {@code gazette export} writes unless told otherwise. */
    public static final String DEFAULT = "csv,jsonl,html";

    private DatasetFormats() {
    }

    /** The format named {@code name}, or {@code null}. */
    public static DatasetFormat find(String name) {
        for (DatasetFormat f : ALL) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Parses a comma-separated list such as {@code csv,jsonl,xlsx}, in registry order, each once.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static List<DatasetFormat> parseList(String list) {
        Map<String, DatasetFormat> chosen = new LinkedHashMap<>();
        for (String part : list.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            DatasetFormat f = find(p);
            if (f == null) {
                throw new IllegalArgumentException("unknown format '" + part.strip() + "'; choose from " + names());
            }
            chosen.put(f.name(), f);
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no format given; choose from " + names());
        }
        List<DatasetFormat> out = new ArrayList<>();
        for (DatasetFormat f : ALL) {
            if (chosen.containsKey(f.name())) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The names, comma-separated. */
    public static String names() {
        return ALL.stream().map(DatasetFormat::name).collect(Collectors.joining(", "));
    }
}
