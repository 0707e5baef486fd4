package dev.gazette.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the gazette command line in-process and captures its output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
