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
            out.write(line(f));
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

    /**
     * One finding as {@code file:line:column: severity [rule] message} and a line end: the file
     * name with its control characters made visible ({@link #visible}), the message on one line.
     */
    static String line(Finding f) {
        return visible(f.source()) + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                + " [" + f.ruleId() + "] " + oneLine(f.message()) + "\n";
    }

    /**
     * A name (a file name, which comes from anyone) with every character that would act on the
     * terminal or the layout made visible: control characters as {@code \n}, {@code \r},
     * {@code \t} or {@code \xHH} (an escape sequence cannot reach the terminal, a line break
     * cannot split the {@code file:line:column} line), and the invisible format characters that
     * reorder or hide text (bidirectional overrides, zero-width characters) as a backslash, {@code u} and
     * their four hex digits.
     */
    static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = null;
            if (c == '\n') {
                esc = "\\n";
            } else if (c == '\r') {
                esc = "\\r";
            } else if (c == '\t') {
                esc = "\\t";
            } else if (Character.getType(c) == Character.CONTROL) {
                esc = String.format(Locale.ROOT, "\\x%02X", (int) c);
            } else if (Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                esc = String.format(Locale.ROOT, "\\u%04X", (int) c);
            }
            if (esc != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (esc != null) {
                    b.append(esc);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
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
