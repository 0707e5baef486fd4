package dev.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

    /** Exit code, standard output and standard error of one run. */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes {@code text} to {@code dir/name}, creating folders, and returns the file. */
    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** An article with a title, a date and a body: no finding. */
    static final String CLEAN = "Harbour works win council backing\nMarch 3, 2021\n\n"
            + "The council voted to fund the harbour works for another three years.\n";
    /** An article without a date line: one info finding (missing-date). */
    static final String NO_DATE = "Harbour works win council backing\n\n"
            + "The council voted to fund the harbour works for another three years.\n";
    /** An article opening with body text: a warning (missing-title) and an info (missing-date). */
    static final String NO_TITLE = "The council voted to fund the harbour works for another three years, "
            + "officials said.\n\nMembers said the money would come from the port levy.\n";
    /** An article with a stray counter line: one info finding (stray-line). */
    static final String STRAY = CLEAN + "\n0\n\nMembers said the money would come from the port levy.\n";
}
