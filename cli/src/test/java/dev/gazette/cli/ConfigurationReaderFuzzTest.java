package dev.gazette.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration reader on any bytes: a configuration, or a {@link ConfigurationException}
 * whose message names the file; no other exception. Fuzzed by {@code fuzz/run.sh}; the saved
 * inputs run in every build.
 */
class ConfigurationReaderFuzzTest {

    private static final Path FILE = file();

    private static Path file() {
        try {
            // in memory when the system has it (/dev/shm): a file per input is the fuzzer's slowest step
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "gazette-fuzz-")
                    : Files.createTempDirectory("gazette-fuzz-");
            return dir.resolve("gazette.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void read(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        try {
            ConfigurationReader.read(FILE, FILE.getParent());
        } catch (ConfigurationException expected) {
            if (!String.valueOf(expected.getMessage()).startsWith(FILE.toString())) {
                throw new AssertionError("a configuration error must name the file: " + expected.getMessage(),
                        expected);
            }
        }
    }
}
