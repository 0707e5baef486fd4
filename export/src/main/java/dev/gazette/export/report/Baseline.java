package dev.gazette.export.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.export.internal.JsonMappers;
import dev.gazette.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of accepted findings, recorded by {@code gazette check --write-baseline} and applied
 * by {@code --baseline}: a finding whose fingerprint the baseline records is suppressed,
 * once per recorded copy. The file is JSON: a format number, the fingerprint scheme and one
 * entry per finding with its fingerprint and, for people reading diffs, where it was and what
 * it said. Only the fingerprint is used for matching.
 */
public final class Baseline {

    /** The version of the file format. */
    public static final int FORMAT = 1;

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /** The result of applying a baseline: the findings that are new, and those it records. */
    public record Applied(List<Report.Entry> kept, List<Report.Entry> baselined) {
        public Applied {
            kept = List.copyOf(kept);
            baselined = List.copyOf(baselined);
        }

        /** How many findings the baseline suppressed. */
        public int suppressed() {
            return baselined.size();
        }
    }

    /** A baseline recording exactly {@code entries}. */
    public static Baseline of(List<Report.Entry> entries) {
        Map<String, Integer> c = new HashMap<>();
        for (Report.Entry e : entries) {
            c.merge(e.fingerprint(), 1, Integer::sum);
        }
        return new Baseline(c);
    }

    /** How many findings the baseline records. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Splits {@code entries} into those the baseline does not record and those it does. */
    public Applied apply(List<Report.Entry> entries) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Report.Entry> kept = new ArrayList<>();
        List<Report.Entry> baselined = new ArrayList<>();
        for (Report.Entry e : entries) {
            Integer n = left.get(e.fingerprint());
            if (n != null && n > 0) {
                left.put(e.fingerprint(), n - 1);
                baselined.add(e);
            } else {
                kept.add(e);
            }
        }
        return new Applied(kept, baselined);
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException when it cannot be read or is not a baseline of this format, saying what to do
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JsonMappers.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a baseline file (invalid JSON at line "
                    + e.getLocation().getLineNr() + "); write it again with --write-baseline", e);
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a baseline file (no 'findings' list); write it again with --write-baseline");
        }
        int format = root.path("gazette_baseline").asInt(-1);
        if (format != FORMAT) {
            throw new IOException(file + ": baseline format " + root.path("gazette_baseline")
                    + " is not supported (expected " + FORMAT + "); write it again with --write-baseline");
        }
        String scheme = root.path("fingerprint_scheme").asText("");
        if (!scheme.equals(Fingerprints.SCHEME)) {
            throw new IOException(file + ": baseline fingerprints use scheme '" + scheme + "', this version uses '"
                    + Fingerprints.SCHEME + "'; write the baseline again with --write-baseline");
        }
        Map<String, Integer> c = new HashMap<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            JsonNode fp = n.get("fingerprint");
            if (fp == null || !fp.isTextual() || fp.asText().isBlank()) {
                throw new IOException(file + ": baseline entry " + i + " has no fingerprint");
            }
            c.merge(fp.asText(), 1, Integer::sum);
            i++;
        }
        return new Baseline(c);
    }

    /** Writes {@code entries} as a baseline file, in {@link Finding#ORDER} so that diffs stay small. */
    public static void write(List<Report.Entry> entries, Writer out) throws IOException {
        List<Report.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Report.Entry::finding, Finding.ORDER));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("gazette_baseline", FORMAT);
        root.put("fingerprint_scheme", Fingerprints.SCHEME);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Report.Entry e : sorted) {
            Finding f = e.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fingerprint", e.fingerprint());
            m.put("rule", f.ruleId());
            m.put("article_id", f.articleId());
            m.put("source", f.source());
            m.put("line", f.line());
            m.put("message", f.message());
            list.add(m);
        }
        root.put("findings", list);
        JsonOutput.pretty().writeValue(out, root);
        out.write('\n');
    }
}
