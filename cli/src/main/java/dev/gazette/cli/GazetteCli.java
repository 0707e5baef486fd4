package dev.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command: parse, check, fix and export news-article corpora. */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = GazetteCli.Version.class,
        description = "Turns raw news-article text into clean, trustworthy datasets.",
        subcommands = {CheckCommand.class, ExportCommand.class, FixCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 clean run; 1 findings at or above the failure level, or rejected",
                "input files; 2 usage, configuration or I/O error, or no article read (nothing",
                "written); 3 out of memory; 4 internal error (a bug). With 2, 3 and 4 the",
                "previous output is left as it was."})
public final class GazetteCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        PrintWriter out = console(System.out, "sun.stdout.encoding");
        PrintWriter err = console(System.err, "sun.stderr.encoding");
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A writer to a standard stream in the console's character set; a character the set cannot
     * encode (an unpaired surrogate, or any character in a non-Unicode set) becomes U+FFFD when
     * the set is UTF-8, else the set's own replacement, as in every file Gazette writes.
     */
    static PrintWriter console(OutputStream stream, String property) {
        String name = System.getProperty(property);
        Charset cs;
        try {
            cs = name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            cs = Charset.defaultCharset();
        }
        CharsetEncoder encoder = cs.equals(StandardCharsets.UTF_8)
                ? dev.gazette.export.files.Utf8.encoder()
                : cs.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new PrintWriter(new OutputStreamWriter(stream, encoder), true);
    }

    /**
     * Memory set aside at start and given back when the heap runs out, so that the message
     * saying so can still be made.
     */
    private static byte[] reserve = new byte[1 << 20];

    /** Runs the command line and returns the exit code, writing to the given streams (tests use this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        InProgress.reset();
        CommandLine cl = new CommandLine(new GazetteCli());
        cl.setOut(out);
        cl.setErr(err);
        CheckCommand.describeFormats(cl.getSubcommands().get("check"));
        ExportCommand.describeFormats(cl.getSubcommands().get("export"));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                commandLine.getErr().println("gazette " + commandLine.getCommandName() + ": " + message(ex));
                return ExitCodes.USAGE;
            }
            return stopped(ex, commandLine.getCommandName(), err);
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error t) { // the top of the program: no stack trace may reach the user
            return stopped(t, commandName(cl), err);
        } finally {
            InProgress.reset();
        }
    }

    /** The subcommand that was running, from the parse result, or {@code gazette}. */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult r = cl.getParseResult();
        while (r != null && r.subcommand() != null) {
            r = r.subcommand();
        }
        return r == null || r.commandSpec().commandLine() == cl ? "gazette" : r.commandSpec().name();
    }

    /**
     * Reports a run stopped by {@code t} in one sentence: what happened, in which file or article,
     * that the previous output is left as it was, and what to do; returns the exit code.
     */
    static int stopped(Throwable t, String command, PrintWriter err) {
        reserve = null;
        String prefix = command.equals("gazette") ? "gazette" : "gazette " + command;
        String where = InProgress.likeliest().map(i -> " while " + i.what()).orElse("");
        String kept = InProgress.output().map(p -> "; " + p + " is left as it was").orElse("");
        Throwable root = t instanceof CommandLine.ExecutionException && t.getCause() != null ? t.getCause() : t;
        if (root instanceof OutOfMemoryError) {
            err.println(prefix + ": out of memory" + where + kept + ". Give Java more memory (java -Xmx4g -jar"
                    + " gazette.jar ...), or leave very large files out with --max-file-size BYTES.");
            err.flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
        StackTraceElement[] trace = root.getStackTrace();
        String at = trace.length == 0 ? "" : " at " + trace[0].getClassName().replaceAll(".*\\.", "") + "."
                + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
        err.println(prefix + ": internal error (" + root.getClass().getSimpleName() + at + ")" + where + kept
                + ". This is a bug in Gazette: please report it with that input (set GAZETTE_DEBUG=1 to print the"
                + " details); meanwhile leave that input out.");
        if (System.getenv("GAZETTE_DEBUG") != null) {
            root.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException u) {
            ex = u.getCause();
        }
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m;
    }

    /** The version Maven wrote into the jar, or {@code unknown}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = GazetteCli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version.properties", e);
        }
        return p.getProperty("version", "unknown");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gazette " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
