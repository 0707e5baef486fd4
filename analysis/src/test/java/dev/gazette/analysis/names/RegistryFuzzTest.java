package dev.gazette.analysis.names;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The registry reader on any bytes: a registry, or an {@link IllegalArgumentException} naming
 * the file and line; no other exception. Fuzzed by {@code fuzz/run.sh}; the saved inputs run in
 * every build.
 */
class RegistryFuzzTest {

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void parse(byte[] bytes) throws IOException {
        try {
            Registry.parse(new ByteArrayInputStream(bytes), "fuzz.yaml");
        } catch (IllegalArgumentException expected) {
            if (!String.valueOf(expected.getMessage()).startsWith("fuzz.yaml")) {
                throw new AssertionError("a registry error must name the file: " + expected.getMessage(), expected);
            }
        }
    }
}
