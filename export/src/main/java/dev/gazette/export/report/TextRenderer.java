package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The default, human format: one line per finding as compilers write them
 * ({@code file:line:column: severity [rule] message}, line and column 0 for a whole file),
 * then a summary by rule and severity and the totals.
 */
final class TextRenderer implements ReportRenderer {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String description() {
        return "file:line:column: severity [rule] message, then a summary";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (Report.Entry e : report.entries()) {
            Finding f = e.finding();
            out.write(f.source() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                    + " [" + f.ruleId() + "] " + oneLine(f.message()) + "\n");
        }
        if (report.entries().isEmpty()) {
            out.write("No findings.\n");
        } else {
            out.write("\n");
            int width = "Rule".length();
            for (Report.RuleCount c : report.byRule()) {
                width = Math.max(width, c.ruleId().length());
            }
            String row = "%-" + width + "s  %-8s  %8s\n";
            out.write(String.format(Locale.ROOT, row, "Rule", "Severity", "Findings"));
            for (Report.RuleCount c : report.byRule()) {
                out.write(String.format(Locale.ROOT, row, c.ruleId(), c.severity().label(), c.count()));
            }
        }
        out.write("\n");
        out.write("Checked " + plural(report.articles(), "article") + " ("
                + plural(report.rejected(), "input file") + " rejected).\n");
        out.write("Findings: " + report.entries().size() + " (" + plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info)"
                + "; " + report.suppressed() + " suppressed by the baseline; "
                + (report.failOn() == FailLevel.NONE ? "failing on none."
                : report.failing() + " at or above the fail level '" + report.failOn().label() + "'.") + "\n");
    }

    /** The text on one line: line breaks become spaces, other control characters U+FFFD. */
    static String oneLine(String s) {
        return noControls(s.replaceAll("\\R", " "));
    }

    /** The text with control characters other than tab and line breaks replaced by U+FFFD. */
    static String noControls(String s) {
        return CONTROL.matcher(s).replaceAll("\uFFFD");
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
