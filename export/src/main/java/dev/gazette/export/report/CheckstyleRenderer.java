package dev.gazette.export.report;

import dev.gazette.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, the format reviewdog and many CI plug-ins (Jenkins Warnings NG, Danger)
 * read: one {@code file} element per checked input, one {@code error} per finding with line,
 * column (left out for a whole-file finding, as Checkstyle does for column 0), severity
 * ({@code error}, {@code warning}, {@code info}), message and {@code source} (the rule id).
 */
final class CheckstyleRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public String description() {
        return "Checkstyle XML for reviewdog and CI plug-ins";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> bySource = new TreeMap<>();
        for (Report.Input i : report.inputs()) {
            bySource.putIfAbsent(i.source(), new ArrayList<>());
        }
        for (Report.Entry e : report.entries()) {
            bySource.computeIfAbsent(e.finding().source(), k -> new ArrayList<>()).add(e.finding());
        }
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.start("checkstyle").attribute("version", report.toolVersion());
            for (Map.Entry<String, List<Finding>> file : bySource.entrySet()) {
                xml.start("file").attribute("name", file.getKey());
                for (Finding f : file.getValue()) {
                    xml.empty("error").attribute("line", f.line());
                    if (f.column() > 0) {
                        xml.attribute("column", f.column());
                    }
                    xml.attribute("severity", f.severity().label())
                            .attribute("message", TextRenderer.oneLine(f.message()))
                            .attribute("source", f.ruleId());
                }
                xml.end();
            }
            xml.end();
        }
    }
}
