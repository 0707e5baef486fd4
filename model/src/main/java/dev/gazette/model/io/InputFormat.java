package dev.gazette.model.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an input file is read: one article per text file, or a corpus file holding many
 * records (JSON Lines, a JSON array, CSV or TSV with a header row). Any of them may be
 * gzip-compressed ({@code .gz}). The format comes from the file name unless the user names it.
 */
public enum InputFormat {
    /** One article per file, decoded by {@link DocumentReader}. */
    TEXT("txt"),
    /** One JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSONL("jsonl", "ndjson"),
    /** A JSON array of objects (or objects one after another) ({@code .json}). */
    JSON("json"),
    /** Comma-separated values with a header row ({@code .csv}). */
    CSV("csv"),
    /** Tab-separated values with a header row ({@code .tsv}). */
    TSV("tsv");

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** File name extensions of this format, without the dot and without {@code .gz}. */
    public List<String> extensions() {
        return extensions;
    }

    /** True for the formats that hold many records per file. */
    public boolean records() {
        return this != TEXT;
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format the file name says, if it names one ({@code x.jsonl.gz} is JSON Lines). */
    public static Optional<InputFormat> fromName(String fileName) {
        String ext = extension(fileName);
        for (InputFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file named directly: by extension, plain text when the extension names no format. */
    public static InputFormat detect(String fileName) {
        return fromName(fileName).orElse(TEXT);
    }

    /** True when the name ends in {@code .gz}. */
    public static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The last extension of the name once a {@code .gz} suffix is removed, lower case. */
    static String extension(String fileName) {
        String n = stripGz(fileName).toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1) : "";
    }

    static String stripGz(String fileName) {
        return gzipped(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }
}
