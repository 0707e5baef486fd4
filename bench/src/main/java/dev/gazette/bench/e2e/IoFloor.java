package dev.gazette.bench.e2e;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The I/O floor: a plain JVM program that reads the same input as {@code gazette export}
 * (article files, JSON Lines, JSON arrays, CSV; gzip or not) with the same libraries, and
 * writes each article's id and text as CSV with Commons CSV. Nothing else: no parsing of the
 * article, no rules, no second pass. What export costs above this is Gazette's own work.
 */
public final class IoFloor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String idField;
    private final String textField;
    private long articles;

    IoFloor(String idField, String textField) {
        this.idField = idField;
        this.textField = textField;
    }

    /** {@code IoFloor [--id-field F] [--text-field F] --out FILE.csv INPUT...}; returns the articles written. */
    public static long run(List<String> args) throws IOException {
        String id = "id";
        String text = "text";
        Path out = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--id-field" -> id = args.get(++i);
                case "--text-field" -> text = args.get(++i);
                case "--out", "-o" -> out = Path.of(args.get(++i));
                default -> {
                    if (a.startsWith("--")) {
                        i++; // a gazette flag with a value that the floor does not need
                    } else {
                        inputs.add(Path.of(a));
                    }
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("IoFloor needs --out FILE.csv");
        }
        IoFloor floor = new IoFloor(id, text);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("id", "text");
            for (Path p : files(inputs)) {
                floor.copy(p, csv);
            }
        }
        return floor.articles;
    }

    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> known(p.getFileName().toString())).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private static boolean known(String name) {
        String n = strip(name);
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")
                || n.endsWith(".csv") || n.endsWith(".tsv");
    }

    private static String strip(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    private void copy(Path p, CSVPrinter csv) throws IOException {
        String name = strip(p.getFileName().toString());
        try (InputStream in = open(p)) {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        record(MAPPER.readTree(line), csv);
                    }
                }
            } else if (name.endsWith(".json")) {
                try (JsonParser parser = MAPPER.createParser(in)) {
                    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                        if (t == JsonToken.START_OBJECT) {
                            record(parser.readValueAsTree(), csv);
                        }
                    }
                }
            } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                CSVFormat f = (name.endsWith(".tsv") ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
                        .setHeader().setSkipHeaderRecord(true).get();
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.builder().setReader(r).setFormat(f).get()) {
                    for (CSVRecord row : parser) {
                        if (row.isMapped(textField) && row.isSet(textField)) {
                            csv.printRecord(row.isMapped(idField) && row.isSet(idField) ? row.get(idField) : "",
                                    row.get(textField));
                            articles++;
                        }
                    }
                }
            } else {
                String base = p.getFileName().toString();
                csv.printRecord(base, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                articles++;
            }
        }
    }

    private void record(JsonNode node, CSVPrinter csv) throws IOException {
        JsonNode text = at(node, textField);
        if (text != null && !text.isNull()) {
            JsonNode id = at(node, idField);
            csv.printRecord(id == null ? "" : id.asText(), text.asText());
            articles++;
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode n = node.get(path);
        if (n != null) {
            return n;
        }
        n = node;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    private static InputStream open(Path p) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }
}
