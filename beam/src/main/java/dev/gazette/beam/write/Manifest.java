package dev.gazette.beam.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of contents of a sharded dataset, {@value #FILE}: for every file the local export
 * would write, the parts that concatenate to it, in order, and the descriptors written whole.
 * Written last, so a folder without it is not a complete dataset.
 *
 * @param parts       table file ({@code articles.csv}) to its parts ({@code articles/part-00000.csv}, ...)
 * @param descriptors the files written whole ({@code datapackage.json}, {@code schemas/...})
 * @param warnings    what the formats said about the cells
 */
public record Manifest(Map<String, List<String>> parts, List<String> descriptors, List<String> warnings) {

    /** The manifest's file name. */
    public static final String FILE = "gazette-parts.json";
    /** The kind written in the manifest, with its version. */
    static final String KIND = "gazette-sharded-dataset/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        parts = java.util.Collections.unmodifiableMap(copy);
        descriptors = List.copyOf(descriptors);
        warnings = List.copyOf(warnings);
    }

    /** The manifest as JSON. */
    public String toJson() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("parts", parts);
        m.put("descriptors", descriptors);
        m.put("warnings", warnings);
        return JSON.writeValueAsString(m) + "\n";
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException when the text is not a manifest of this kind
     */
    public static Manifest parse(String json, String where) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !KIND.equals(root.path("kind").asText())) {
            throw new IOException(where + " is not a Gazette sharded-dataset manifest (kind " + KIND + ")");
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        root.path("parts").fields().forEachRemaining(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(v -> list.add(v.asText()));
            parts.put(e.getKey(), list);
        });
        List<String> descriptors = new ArrayList<>();
        root.path("descriptors").forEach(v -> descriptors.add(v.asText()));
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(v -> warnings.add(v.asText()));
        return new Manifest(parts, descriptors, warnings);
    }
}
