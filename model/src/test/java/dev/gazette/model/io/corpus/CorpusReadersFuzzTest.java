package dev.gazette.model.io.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Every corpus reader on any bytes: JSON Lines, JSON, CSV, TSV, and gzip around an article file
 * and around a corpus file. A pass yields documents and rejections and ends; nothing throws, and
 * no record is held beyond the record limit. Fuzzed by {@code fuzz/run.sh}; the saved inputs run
 * in every build.
 */
class CorpusReadersFuzzTest {

    /** A small record limit, so that the fuzzer reaches it. */
    private static final long MAX_RECORD = 4_096;

    private static Path folder() {
        try {
            // in memory when the system has it (/dev/shm): a file per input is the fuzzer's slowest step
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "gazette-fuzz-")
                    : Files.createTempDirectory("gazette-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Path DIR = folder();

    private static void read(String name, byte[] bytes, boolean gzip) {
        Path file = DIR.resolve(name);
        try {
            if (gzip) {
                try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
                    os.write(bytes);
                }
            } else {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusSource source = CorpusSource.builder(List.of(new InputFile(file, name)))
                .reader(new DocumentReader(1 << 20)).maxRecordBytes(MAX_RECORD).build();
        int documents = 0;
        try (DocumentSource.Pass pass = source.open()) {
            for (PendingDocument d = pass.next(); d != null; d = pass.next()) {
                ReadResult r = d.read();
                assertThat(r.document().isPresent()).isNotEqualTo(r.rejection().isPresent());
                r.document().ifPresent(doc -> assertThat(doc.text().length()).isLessThanOrEqualTo(
                        (int) (4 * MAX_RECORD + RecordBudget.SLACK + 1_000)));
                documents++;
            }
        }
        assertThat(documents).isLessThanOrEqualTo(bytes.length + 1);
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void jsonLines(byte[] bytes) {
        read("corpus.jsonl", bytes, false);
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void json(byte[] bytes) {
        read("corpus.json", bytes, false);
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void csv(byte[] bytes) {
        read("corpus.csv", bytes, false);
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void tsv(byte[] bytes) {
        read("corpus.tsv", bytes, false);
    }

    /** Bytes as they are under a gzip name: a broken gzip file, or (from the magic bytes on) any gzip stream. */
    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void gzip(byte[] bytes) {
        read("story.txt.gz", bytes, false);
        read("corpus.jsonl.gz", bytes, true);
    }
}
