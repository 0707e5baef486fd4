package dev.gazette.export.report;

import dev.gazette.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines, CircleCI) render as test
 * results: one test suite for the run, one test case per checked input (named by article id,
 * {@code file} = source), one {@code failure} per finding at or above the fail level; findings
 * below it are listed in the test case's {@code system-out}. A suite's {@code failures} counts
 * the failed test cases.
 */
final class JunitRenderer implements ReportRenderer {

    static final String CLASSNAME = "gazette.check";

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public String description() {
        return "JUnit XML for CI test reports: a test case per article";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> bySource = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Report.Input i : report.inputs()) {
            bySource.putIfAbsent(i.source(), new ArrayList<>());
            names.putIfAbsent(i.source(), i.articleId().isEmpty() ? i.source() : i.articleId());
        }
        for (Report.Entry e : report.entries()) {
            Finding f = e.finding();
            bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
            names.putIfAbsent(f.source(), f.articleId().isEmpty() ? f.source() : f.articleId());
        }
        int failedCases = 0;
        for (List<Finding> fs : bySource.values()) {
            if (fs.stream().anyMatch(f -> report.failOn().fails(f.severity()))) {
                failedCases++;
            }
        }
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("testsuites").attribute("name", report.toolName())
                    .attribute("tests", bySource.size()).attribute("failures", failedCases).attribute("errors", 0);
            xml.start("testsuite").attribute("name", report.toolName() + " check")
                    .attribute("tests", bySource.size()).attribute("failures", failedCases)
                    .attribute("errors", 0).attribute("skipped", 0);
            xml.start("properties");
            xml.empty("property").attribute("name", "version").attribute("value", report.toolVersion());
            xml.empty("property").attribute("name", "fail-on").attribute("value", report.failOn().label());
            xml.empty("property").attribute("name", "suppressed-by-baseline").attribute("value", report.suppressed());
            xml.end();
            for (Map.Entry<String, List<Finding>> c : bySource.entrySet()) {
                xml.start("testcase").attribute("name", names.get(c.getKey())).attribute("classname", CLASSNAME)
                        .attribute("file", c.getKey());
                StringBuilder below = new StringBuilder();
                for (Finding f : c.getValue()) {
                    if (report.failOn().fails(f.severity())) {
                        xml.start("failure").attribute("message", "[" + f.ruleId() + "] " + TextRenderer.oneLine(f.message()))
                                .attribute("type", f.ruleId())
                                .text(line(f) + (f.suggestion().isEmpty() ? "" : "\n" + f.suggestion()));
                    } else {
                        below.append(line(f)).append('\n');
                    }
                }
                if (!below.isEmpty()) {
                    xml.start("system-out").text(below.toString());
                }
                xml.end();
            }
            xml.end();
            xml.end();
        }
    }

    private static String line(Finding f) {
        return f.source() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " [" + f.ruleId() + "] "
                + TextRenderer.oneLine(f.message());
    }
}
