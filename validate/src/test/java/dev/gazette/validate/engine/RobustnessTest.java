package dev.gazette.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.io.InputScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd and random texts go through the whole engine without an exception, and every file is accounted for. */
class RobustnessTest {

    private static final String[] PIECES = {"The ", "talks ", "ended", ".", ",", " ", "  ", "\n", "\n\n", "\r\n", "\r",
        "\t", "\"", "“", "”", "’", "'", "(", ")", "--", " – ", "BAGHDAD (Reuters) - ", "Share this:", "0", "12",
        "al-", "Iraq", "Monday 29 May 2023 - 20:28", "\u00A0", "\u200B", "ا", "😀", "Ã©", "\uFFFD", "\u0007", "http://x.y/z",
        "Original Source: ", "Read more: ", "A", "Title Case Words Here", "e6217a35-c941-4cc8-b54e-13ac7752ab15"};

    @TempDir
    Path tmp;

    @Test
    void randomTextsNeverBreakTheRun() throws Exception {
        Random random = new Random(20261123L);
        int files = 300;
        for (int i = 0; i < files; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 17 == 0 && bytes.length > 3) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x7F)); // break the UTF-8
            }
            Files.write(tmp.resolve(String.format("r%03d.txt", i)), bytes);
        }
        Files.writeString(tmp.resolve("long-line.txt"), "word ".repeat(200_000));
        Files.writeString(tmp.resolve("blank-lines.txt"), "\n".repeat(5000));

        InputScanner.Scan scan = new InputScanner().scan(List.of(tmp.toString()));
        List<ArticleResult> results = new ArrayList<>();
        new Engine(EngineOptions.defaults()).run(scan.files(), scan.notes(), results::add);

        assertThat(results).hasSize(files + 2);
        assertThat(results).allSatisfy(r -> assertThat(r.parsed() || !r.findings().isEmpty())
                .as("a rejected file always says why: %s", r.source()).isTrue());
        assertThat(results).filteredOn(ArticleResult::parsed)
                .allSatisfy(r -> assertThat(r.normalised().cleanText()).isNotNull());
    }
}
