package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.validate.RuleCatalogue;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a check run found, as every renderer receives it: the findings (after the baseline)
 * in {@link Finding#ORDER}, each with its fingerprint and end position; the inputs checked;
 * how many findings the baseline suppressed; the fail level; the tool; and the rule catalogue.
 * Immutable.
 *
 * @param toolName   the tool's name, {@code gazette}
 * @param toolVersion the tool's version
 * @param failOn     the fail level of the run
 * @param entries    the reported findings, sorted by {@link Finding#ORDER}
 * @param inputs     every input checked (parsed or rejected), sorted by source
 * @param baselined  the findings the baseline records, left out of {@code entries} (SARIF still lists
 *                   them, as suppressed results), sorted like {@code entries}
 * @param catalogue  the rule catalogue (SARIF's {@code tool.driver.rules})
 * @param sourceRoot the folder relative sources are relative to (SARIF's {@code %SRCROOT%}), or {@code null}
 */
public record Report(String toolName, String toolVersion, FailLevel failOn, List<Entry> entries,
                     List<Input> inputs, List<Entry> baselined, RuleCatalogue catalogue, URI sourceRoot) {

    /**
     * One reported finding.
     *
     * @param finding     the finding
     * @param fingerprint its stable fingerprint (see {@link Fingerprints}); the baseline and SARIF use it
     */
    public record Entry(Finding finding, String fingerprint) {
        public Entry {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        /** 1-based line of the end of its range, 0 for a file-level finding (see {@link Finding#endLine()}). */
        public int endLine() {
            return finding.endLine();
        }

        /** 1-based column just past the end of its range, 0 for a file-level finding. */
        public int endColumn() {
            return finding.endColumn();
        }
    }

    /**
     * One checked input.
     *
     * @param articleId the article id, or an empty string for a note about a folder (e.g. one with no articles)
     * @param source    the input path as reported
     * @param parsed    false when the file was rejected (empty, binary, unreadable, too large)
     */
    public record Input(String articleId, String source, boolean parsed) {
        public Input {
            articleId = articleId == null ? "" : articleId;
            Objects.requireNonNull(source, "source");
        }
    }

    /** A line of the summary: how many findings a rule reported at a severity. */
    public record RuleCount(String ruleId, Severity severity, int count) {
    }

    public Report {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(catalogue, "catalogue");
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::finding, Finding.ORDER));
        entries = List.copyOf(sorted);
        List<Input> in = new ArrayList<>(inputs);
        in.sort(Comparator.comparing(Input::source).thenComparing(Input::articleId));
        inputs = List.copyOf(in);
        List<Entry> old = new ArrayList<>(baselined);
        old.sort(Comparator.comparing(Entry::finding, Finding.ORDER));
        baselined = List.copyOf(old);
    }

    /** How many findings the baseline suppressed. */
    public int suppressed() {
        return baselined.size();
    }

    /** The findings alone, in order. */
    public List<Finding> findings() {
        return entries.stream().map(Entry::finding).toList();
    }

    /** Findings of {@code severity}. */
    public int count(Severity severity) {
        return (int) entries.stream().filter(e -> e.finding().severity() == severity).count();
    }

    /** Findings at or above the fail level: the run fails when this is not zero. */
    public int failing() {
        return (int) entries.stream().filter(e -> failOn.fails(e.finding().severity())).count();
    }

    /** True when a finding is at or above the fail level. */
    public boolean failed() {
        return failing() > 0;
    }

    /** Inputs that were parsed into articles. */
    public int articles() {
        return (int) inputs.stream().filter(Input::parsed).count();
    }

    /** Input files that were rejected; folder notes (an empty article id) are not input files. */
    public int rejected() {
        return (int) inputs.stream().filter(i -> !i.parsed() && !i.articleId().isEmpty()).count();
    }

    /** The summary: findings per rule and severity, by rule id then severity. */
    public List<RuleCount> byRule() {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Entry e : entries) {
            counts.computeIfAbsent(e.finding().ruleId(), k -> new TreeMap<>())
                    .merge(e.finding().severity(), 1, Integer::sum);
        }
        List<RuleCount> out = new ArrayList<>();
        counts.forEach((rule, bySeverity) -> bySeverity.forEach((s, n) -> out.add(new RuleCount(rule, s, n))));
        return out;
    }

    /** The entries of one input source, in order. */
    public List<Entry> entriesOf(String source) {
        return entries.stream().filter(e -> e.finding().source().equals(source)).toList();
    }
}
