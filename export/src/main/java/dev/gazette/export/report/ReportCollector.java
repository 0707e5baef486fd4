package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a check run's findings from the engine, one article at a time, computing each
 * finding's fingerprint and end position while the article's text is at hand, so that only
 * the findings (not the articles) are kept. {@link #report} then applies a baseline and
 * builds the {@link Report}.
 */
public final class ReportCollector implements Engine.ResultSink {

    private final List<Report.Entry> entries = new ArrayList<>();
    private final List<Report.Input> inputs = new ArrayList<>();

    @Override
    public void accept(ArticleResult result) {
        String raw = result.parsed() ? result.article().raw() : null;
        inputs.add(new Report.Input(result.id(), result.source(), result.parsed()));
        entries.addAll(entries(result.findings(), raw));
    }

    /**
     * Report entries for one article's findings (in {@link Finding#ORDER}): fingerprints computed on
     * its raw text ({@code null} when the input was not read), end positions from the findings.
     */
    static List<Report.Entry> entries(List<Finding> findings, String raw) {
        List<String> fingerprints = Fingerprints.of(findings, raw);
        List<Report.Entry> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.add(new Report.Entry(f, fingerprints.get(i)));
        }
        return out;
    }

    /** Every finding collected so far, before any baseline. */
    public List<Report.Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The report of the run: the findings the baseline does not record (all of them when
     * {@code baseline} is {@code null}), and those it suppressed.
     */
    public Report report(String toolName, String toolVersion, FailLevel failOn, Baseline baseline,
                         RuleCatalogue catalogue, URI sourceRoot) {
        List<Report.Entry> kept = entries;
        List<Report.Entry> baselined = List.of();
        if (baseline != null) {
            Baseline.Applied applied = baseline.apply(entries);
            kept = applied.kept();
            baselined = applied.baselined();
        }
        return new Report(toolName, toolVersion, failOn, kept, inputs, baselined, catalogue, sourceRoot);
    }
}
