package dev.gazette.export.report;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline reader on any bytes: a baseline, or an {@link IOException} whose message names
 * the file; no other exception. Fuzzed by {@code fuzz/run.sh}; the saved inputs run in every
 * build.
 */
class BaselineFuzzTest {

    private static final Path FILE = file();

    private static Path file() {
        try {
            // in memory when the system has it (/dev/shm): a file per input is the fuzzer's slowest step
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempFile(shm, "gazette-fuzz-", ".json")
                    : Files.createTempFile("gazette-fuzz-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void read(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        try {
            Baseline.read(FILE);
        } catch (IOException expected) {
            if (!String.valueOf(expected.getMessage()).startsWith(FILE.toString())) {
                throw new AssertionError("a baseline error must name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
