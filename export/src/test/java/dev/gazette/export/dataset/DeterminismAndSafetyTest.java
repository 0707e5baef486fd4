package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.model.io.InputScanner;
import dev.gazette.validate.engine.Engine;
import dev.gazette.validate.engine.EngineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes; a failed run leaves the previous dataset as it was. */
class DeterminismAndSafetyTest {

    @TempDir
    Path tmp;

    private static final DatasetExporter.Options ALL = DatasetExporter.Options.defaults()
            .withFormats(DatasetFormats.parseList("csv,jsonl,xlsx"));

    @Test
    void twoRunsOnTheSameInputGiveByteIdenticalFiles() throws Exception {
        TestCorpus.export(tmp.resolve("a"), ALL);
        Thread.sleep(1100); // a time stamp with second precision would now differ
        TestCorpus.export(tmp.resolve("b"), ALL);
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertThat(a.keySet()).containsExactlyElementsOf(b.keySet())
                .contains("dataset.xlsx", "datapackage.json", "schemas/quotes.schema.json", "quotes.csv");
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aRunThatFailsMidwayLeavesThePreviousDatasetUntouched() throws Exception {
        Path out = tmp.resolve("out");
        TestCorpus.export(out, ALL);
        Map<String, byte[]> before = files(out);
        InputScanner.Scan scan = new InputScanner().scan(List.of(TestCorpus.CORPUS.toString()));
        Engine engine = new Engine(EngineOptions.builder().products(true).build());
        assertThatThrownBy(() -> {
            try (DatasetExporter exporter = new DatasetExporter(OutputFolder.open(out),
                    ALL.withFormulaGuard(false))) {
                int[] seen = {0};
                engine.run(scan.files(), scan.notes(), r -> {
                    exporter.accept(r);
                    if (++seen[0] == 2) {
                        throw new IOException("disk full (simulated)");
                    }
                });
                exporter.commit();
            }
        }).hasMessageContaining("disk full");
        Map<String, byte[]> after = files(out);
        assertThat(after).as("the previous dataset").containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .containsExactly("out");
        }
    }

    @Test
    void aFolderGazetteDidNotWriteIsNeverReplaced() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(mine.resolve("chapter1.txt"), "years of work");
        assertThatThrownBy(() -> OutputFolder.open(mine)).hasMessageContaining("not written by Gazette");
        assertThat(Files.readString(mine.resolve("chapter1.txt"))).isEqualTo("years of work");
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
