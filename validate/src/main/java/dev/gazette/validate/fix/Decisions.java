package dev.gazette.validate.fix;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A team's review of suggested fixes, read from a decisions file ({@code --decisions FILE}): CSV,
 * UTF-8, header {@code fingerprint,decision,rule,article_id,note}, one row per finding, where
 * {@code fingerprint} is the finding's stable fingerprint (the {@code fingerprint} column of the
 * findings table) and {@code decision} is {@code accept} (apply the fix, even a suggested one) or
 * {@code reject} (never apply it, even a safe one). Fingerprints hold no line numbers, so a decision
 * keeps matching its finding when lines are added or removed elsewhere; a decision that matches no
 * finding of a run is stale, and {@link #stale()} lists it. Thread-safe.
 */
public final class Decisions {

    /** The header every decisions file starts with. */
    public static final List<String> HEADER = List.of("fingerprint", "decision", "rule", "article_id", "note");

    /** What a team decided about a finding's fix. */
    public enum Decision {
        /** Apply the fix. */
        ACCEPT,
        /** Do not apply the fix. */
        REJECT
    }

    /**
     * One row of the file.
     *
     * @param fingerprint the finding's fingerprint
     * @param decision    accept or reject
     * @param rule        the finding's rule (for people reading the file and for the stale report)
     * @param articleId   the finding's article
     * @param note        free text
     * @param line        the row's line in the file
     */
    public record Entry(String fingerprint, Decision decision, String rule, String articleId, String note, long line) {
    }

    private static final Decisions NONE = new Decisions(null, Map.of());

    private final Path file;
    private final Map<String, Entry> byFingerprint;
    private final Set<String> matched = ConcurrentHashMap.newKeySet();

    private Decisions(Path file, Map<String, Entry> byFingerprint) {
        this.file = file;
        this.byFingerprint = byFingerprint;
    }

    /** No decisions: every fix is applied by its rule's fix kind. */
    public static Decisions none() {
        return NONE;
    }

    /**
     * Reads a decisions file.
     *
     * @throws IOException when it cannot be read, lacks the header, or a row is malformed, naming file and line
     */
    public static Decisions read(Path file) throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                     .get().parse(in)) {
            if (!csv.getHeaderNames().containsAll(List.of("fingerprint", "decision"))) {
                throw new IOException(file + ":1: a decisions file starts with the header " + String.join(",", HEADER)
                        + "; found " + String.join(",", csv.getHeaderNames()));
            }
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                String fp = r.get("fingerprint").strip();
                String d = r.get("decision").strip().toUpperCase(Locale.ROOT);
                if (fp.isEmpty() && d.isEmpty()) {
                    continue;
                }
                if (fp.isEmpty()) {
                    throw new IOException(file + ":" + line + ": the fingerprint is empty; copy it from the findings table");
                }
                Decision decision;
                try {
                    decision = Decision.valueOf(d);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + line + ": decision '" + r.get("decision")
                            + "' is neither accept nor reject", e);
                }
                Entry previous = out.put(fp, new Entry(fp, decision, get(r, "rule"), get(r, "article_id"), get(r, "note"),
                        line));
                if (previous != null && previous.decision() != decision) {
                    throw new IOException(file + ":" + line + ": fingerprint " + fp + " was already decided '"
                            + previous.decision().name().toLowerCase(Locale.ROOT) + "' on line " + previous.line()
                            + "; keep one row per finding");
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": not a decisions file (" + e.getMessage() + ")", e);
        }
        return new Decisions(file, out);
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    /** True when there are no decisions. */
    public boolean isEmpty() {
        return byFingerprint.isEmpty();
    }

    /** The decision about the finding with {@code fingerprint}, if any; marks the decision as used. */
    public Optional<Decision> decisionFor(String fingerprint) {
        Entry e = byFingerprint.get(fingerprint);
        if (e == null) {
            return Optional.empty();
        }
        matched.add(fingerprint);
        return Optional.of(e.decision());
    }

    /** The decisions that matched no finding so far, in file order: their findings are gone or changed. */
    public List<Entry> stale() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : byFingerprint.values()) {
            if (!matched.contains(e.fingerprint())) {
                out.add(e);
            }
        }
        return out;
    }

    /** A sentence about a stale decision, naming the file and line. */
    public String describeStale(Entry e) {
        return file + ":" + e.line() + ": decision '" + e.decision().name().toLowerCase(Locale.ROOT) + "' for fingerprint "
                + e.fingerprint() + (e.rule().isEmpty() ? "" : " (rule " + e.rule()
                + (e.articleId().isEmpty() ? "" : ", article " + e.articleId()) + ")")
                + " matches no finding: the text changed or the finding is gone; review it again or delete the row";
    }
}
