package dev.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command: parse, check, fix and export news-article corpora. */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = GazetteCli.Version.class,
        description = "Turns raw news-article text into clean, trustworthy datasets.",
        subcommands = {CheckCommand.class, ExportCommand.class, FixCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 clean run; 1 findings at or above the failure level, or rejected input files;",
                "2 usage, configuration or I/O error."})
public final class GazetteCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code, writing to the given streams (tests use this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new GazetteCli());
        cl.setOut(out);
        cl.setErr(err);
        CheckCommand.describeFormats(cl.getSubcommands().get("check"));
        ExportCommand.describeFormats(cl.getSubcommands().get("export"));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("gazette: " + message(ex));
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
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
