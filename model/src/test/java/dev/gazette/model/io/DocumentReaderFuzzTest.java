package dev.gazette.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The decoder on any bytes: a document or a rejection, never an exception, and the text of a
 * document is never blank. Fuzzed by {@code fuzz/run.sh}; the saved inputs run in every build.
 */
class DocumentReaderFuzzTest {

    private static final DocumentReader READER = new DocumentReader(1 << 20);

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void decode(byte[] bytes) {
        ReadResult r = READER.decode("fuzz", "fuzz.txt", bytes);
        assertThat(r.document().isPresent()).isNotEqualTo(r.rejection().isPresent());
        r.document().ifPresent(d -> assertThat(d.text()).isNotBlank());
    }
}
