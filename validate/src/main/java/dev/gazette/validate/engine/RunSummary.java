package dev.gazette.validate.engine;

import dev.gazette.model.Severity;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for one run.
 *
 * @param inputs   input files seen
 * @param articles articles parsed
 * @param rejected input files rejected (unreadable, empty, binary, too large)
 * @param bySeverity findings per severity
 * @param byRule     findings per rule id, sorted by id
 * @param changes    changes applied by the normaliser
 */
public record RunSummary(int inputs, int articles, int rejected, Map<Severity, Integer> bySeverity,
                         Map<String, Integer> byRule, int changes) {

    public RunSummary {
        bySeverity = Map.copyOf(bySeverity);
        byRule = new TreeMap<>(byRule);
    }

    /** Findings in total. */
    public int findings() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Findings of {@code severity}. */
    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }
}
