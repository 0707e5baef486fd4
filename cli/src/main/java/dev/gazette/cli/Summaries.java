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
        err.println("Findings: " + s.findings() + " (" + s.count(Severity.ERROR) + " errors, "
                + s.count(Severity.WARNING) + " warnings, " + s.count(Severity.INFO) + " info); changes applied: "
                + s.changes() + ".");
    }
}
