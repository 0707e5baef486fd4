package dev.gazette.cli;

import dev.gazette.export.dataset.OutputFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process that holds an output folder open, as a run still writing it does: it opens
 * the folder, says so on standard output, and waits until its standard input closes. Tests
 * start it with {@link #start(Path)}, so that the lock is taken by a different process.
 */
final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (OutputFolder folder = OutputFolder.open(Path.of(args[0]))) {
            System.out.println("holding " + folder.target());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }

    /** Starts a holder of {@code out} and waits until it holds it. */
    static Process start(Path out) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("holding")) {
            p.destroyForcibly();
            throw new IOException("the lock holder did not start: " + line);
        }
        return p;
    }

    /** Ends the holder (closing its input) and waits for it. */
    static void stop(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
