package dev.gazette.cli;

import dev.gazette.model.Severity;
import dev.gazette.validate.engine.RunSummary;
import java.io.PrintWriter;

/** The one-paragraph run summary printed on stderr. */
final class Summaries {

    private Summaries() {
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
