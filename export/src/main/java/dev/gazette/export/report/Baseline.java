package dev.gazette.export.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.gazette.model.Finding;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
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

    /** The deepest nesting a baseline file has (the root object, the list, an entry). */
    private static final int MAX_DEPTH = 16;
    /** The longest string a baseline holds (a finding's message, quoted text and all). */
    private static final int MAX_STRING = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).build())
            .build();

    /**
     * Reads a baseline file, streaming: only the fingerprints are kept, so a large baseline
     * takes memory for its fingerprints, not its text.
     *
     * @throws IOException when it cannot be read or is not a baseline of this format, in a sentence
     *                     that names the file (and line) and says what to do
     */
    public static Baseline read(Path file) throws IOException {
        String again = "; write it again with --write-baseline";
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such baseline file; check the --baseline path, or record one with"
                    + " --write-baseline " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": the baseline is not a file; give the baseline file to --baseline");
        }
        Map<String, Integer> c = new HashMap<>();
        int format = -1;
        String scheme = null;
        boolean sawFindings = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a baseline file (it does not hold a JSON object)" + again);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "gazette_baseline" -> format = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -2;
                    case "fingerprint_scheme" -> scheme = t == JsonToken.VALUE_STRING ? p.getText() : "";
                    case "findings" -> {
                        if (t != JsonToken.START_ARRAY) {
                            throw new IOException(file + ": not a baseline file ('findings' is not a list)" + again);
                        }
                        sawFindings = true;
                        readFindings(file, p, c);
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new IOException(file + where(e) + ": not a baseline file (it is nested deeper or holds longer text"
                    + " than a baseline does)" + again, e);
        } catch (CharConversionException e) {
            throw new IOException(file + ": not a baseline file (it is not UTF-8 text: a binary file?)" + again, e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + where(e) + ": not a baseline file (invalid JSON)" + again, e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException(file + ": the baseline cannot be read: permission denied; make it readable", e);
        }
        if (!sawFindings) {
            throw new IOException(file + ": not a baseline file (no 'findings' list)" + again);
        }
        if (format != FORMAT) {
            throw new IOException(file + ": baseline format " + (format < 0 ? "(none)" : String.valueOf(format))
                    + " is not supported (expected " + FORMAT + ")" + again);
        }
        if (!Fingerprints.SCHEME.equals(scheme)) {
            throw new IOException(file + ": baseline fingerprints use scheme '" + (scheme == null ? "" : scheme)
                    + "', this version uses '" + Fingerprints.SCHEME + "'" + again);
        }
        return new Baseline(c);
    }

    private static void readFindings(Path file, JsonParser p, Map<String, Integer> counts) throws IOException {
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new IOException(file + where(p) + ": baseline entry " + i + " is not an object;"
                        + " write the baseline again with --write-baseline");
            }
            String fingerprint = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("fingerprint") && v == JsonToken.VALUE_STRING) {
                    fingerprint = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (fingerprint == null || fingerprint.isBlank()) {
                throw new IOException(file + where(p) + ": baseline entry " + i + " has no fingerprint;"
                        + " write the baseline again with --write-baseline");
            }
            counts.merge(fingerprint, 1, Integer::sum);
            i++;
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr();
    }

    private static String where(JsonParser p) {
        JsonLocation l = p.currentLocation();
        return l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr();
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
