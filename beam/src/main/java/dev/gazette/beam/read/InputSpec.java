package dev.gazette.beam.read;

import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.corpus.FieldMapping;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What to read, as {@code gazette export} takes it on its command line: the inputs (files or
 * folders; local paths or any file system Beam knows, such as {@code gs://}, {@code s3://},
 * {@code hdfs://}), the input format, the record field mapping and the size limit of one file.
 *
 * @param inputs       the inputs as the user gave them
 * @param format       the input format's label ({@code text}, {@code jsonl}, ...), or {@code null} for
 *                     auto (by file extension)
 * @param idField      the record field holding the article id
 * @param titleField   the record field holding the title
 * @param textField    the record field holding the text
 * @param dateField    the record field holding the date
 * @param maxFileBytes the largest article file read
 */
public record InputSpec(List<String> inputs, String format, String idField, String titleField, String textField,
                        String dateField, long maxFileBytes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public InputSpec {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("name at least one input file or folder");
        }
        if (format != null) {
            format = format.strip().toLowerCase(Locale.ROOT);
            if (format.equals("auto")) {
                format = null;
            } else {
                parse(format);
            }
        }
        mapping(idField, titleField, textField, dateField);
    }

    /** The defaults of {@code gazette export}: formats by extension, fields id, title, text and date. */
    public static InputSpec of(List<String> inputs) {
        return new InputSpec(inputs, null, "id", "title", "text", "date", DocumentReader.DEFAULT_MAX_BYTES);
    }

    /** The input format, or {@code null} for auto. */
    public InputFormat inputFormat() {
        return format == null ? null : parse(format);
    }

    /** The record field mapping. */
    public FieldMapping mapping() {
        return mapping(idField, titleField, textField, dateField);
    }

    private static FieldMapping mapping(String id, String title, String text, String date) {
        try {
            return new FieldMapping(id, title, text, date);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--textField: " + e.getMessage(), e);
        }
    }

    private static InputFormat parse(String label) {
        for (InputFormat f : InputFormat.values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("--inputFormat: unknown format '" + label
                + "'; choose auto, text, jsonl, json, csv or tsv");
    }
}
