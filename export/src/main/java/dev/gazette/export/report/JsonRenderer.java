package dev.gazette.export.report;

import dev.gazette.export.dataset.Records;
import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one JSON document for scripts: tool, fail level, summary, inputs and the
 * findings (the fields of the dataset's findings table plus end position, fingerprint, whether
 * it fails the run, and the fix as edits). Its JSON Schema is {@code gazette-report.schema.json}
 * beside this class.
 */
final class JsonRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String description() {
        return "one JSON document: summary, inputs, findings with fixes";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", report.toolName());
        tool.put("version", report.toolVersion());
        root.put("tool", tool);
        root.put("fail_on", report.failOn().label());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("articles", report.articles());
        summary.put("rejected", report.rejected());
        summary.put("findings", report.entries().size());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("info", report.count(Severity.INFO));
        summary.put("failing", report.failing());
        summary.put("suppressed_by_baseline", report.suppressed());
        List<Map<String, Object>> byRule = new ArrayList<>();
        for (Report.RuleCount c : report.byRule()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.ruleId());
            m.put("severity", c.severity().label());
            m.put("count", c.count());
            byRule.add(m);
        }
        summary.put("by_rule", byRule);
        root.put("summary", summary);

        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Report.Input i : report.inputs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article_id", i.articleId());
            m.put("source", i.source());
            m.put("parsed", i.parsed());
            inputs.add(m);
        }
        root.put("inputs", inputs);

        List<Map<String, Object>> findings = new ArrayList<>();
        for (Report.Entry e : report.entries()) {
            Finding f = e.finding();
            Map<String, Object> m = Records.findingRow(f);
            m.put("end_line", e.endLine());
            m.put("end_column", e.endColumn());
            m.put("fingerprint", e.fingerprint());
            m.put("failing", report.failOn().fails(f.severity()));
            List<Map<String, Object>> edits = new ArrayList<>();
            for (TextEdit t : f.edits()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("start", t.start());
                em.put("end", t.end());
                em.put("replacement", t.replacement());
                edits.add(em);
            }
            m.put("edits", edits);
            findings.add(m);
        }
        root.put("findings", findings);
        JsonOutput.pretty().writeValue(out, root);
        out.write('\n');
    }
}
