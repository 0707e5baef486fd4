package dev.gazette.cli;

import dev.gazette.model.Severity;
import dev.gazette.validate.engine.RunSummary;
import java.io.PrintWriter;

/** The one-paragraph run summary printed on stderr. */
final class Summaries {

    private Summaries() {
    }

    /**
     * Says that a run read no article, so nothing was written: how many inputs were rejected and
     * why (by rule), and that the previous output is left as it was.
     */
    static void nothingRead(PrintWriter err, String command, java.util.List<String> inputs, RunSummary s,
                            java.nio.file.Path out) {
        StringBuilder why = new StringBuilder();
        s.byRule().forEach((rule, n) -> {
            if (why.length() > 0) {
                why.append(", ");
            }
            why.append(n).append(' ').append(rule);
        });
        err.println("gazette " + command + ": no article could be read from " + String.join(" ", inputs)
                + (s.inputs() == 0 ? " (no input file found)" : " (" + s.inputs() + " input" + (s.inputs() == 1 ? "" : "s")
                + " rejected" + (why.length() > 0 ? ": " + why : "") + ")")
                + "; nothing was written and " + out + " is left as it was. Run 'gazette check' on the same"
                + " inputs to see why each was rejected.");
    }

    static void print(PrintWriter err, RunSummary s) {
        err.println("Read " + s.articles() + " article" + (s.articles() == 1 ? "" : "s") + " from " + s.inputs()
                + " input" + (s.inputs() == 1 ? "" : "s")
                + (s.rejected() > 0 ? " (" + s.rejected() + " rejected: see findings)" : "") + ".");
        err.println("Findings: " + s.findings() + " (" + plural(s.count(Severity.ERROR), "error") + ", "
                + plural(s.count(Severity.WARNING), "warning") + ", " + s.count(Severity.INFO) + " info); changes applied: "
                + s.changes() + ".");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
