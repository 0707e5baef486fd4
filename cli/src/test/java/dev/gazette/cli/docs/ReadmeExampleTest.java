package dev.gazette.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.cli.GazetteCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example in README.md is real: what the export of the seeds prints, the rows shown
 * of articles.csv and findings.csv, and the row count, are what the current build writes. When
 * the output changes on purpose, rerun the command and paste the new output into README.md.
 */
class ReadmeExampleTest {

    static final String COMMAND = "$ java -jar cli/target/gazette.jar export seeds --out out";

    @TempDir
    static Path dir;
    static String readme;
    static String printed;
    static Path out;

    @BeforeAll
    static void exportTheSeeds() throws IOException {
        readme = Files.readString(GeneratedDocs.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = GazetteCli.execute(new String[] {"export", GeneratedDocs.ROOT.resolve("seeds").toString(),
                "--out", out.toString()}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();
        printed = (stdout.toString() + stderr.toString()).replace(out.toString(), "out");
    }

    @Test
    void theCommandPrintsWhatTheReadmeShows() {
        assertThat(block("```text\n" + COMMAND + "\n")).isEqualTo(printed);
    }

    @Test
    void theArticleRowsShownAreTheExportedOnes() throws IOException {
        int at = readme.indexOf("`out/articles.csv`");
        assertThat(at).isNotNegative();
        List<String> lines = readme.substring(readme.indexOf("\n|", at) + 1).lines()
                .takeWhile(l -> l.startsWith("|")).toList();
        List<String> header = cells(lines.get(0));
        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord r : csv("articles.csv")) {
            byId.put(r.get("id"), r);
        }
        List<String> shown = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> row = cells(line);
            CSVRecord exported = byId.get(row.get(0));
            assertThat(exported).as("article %s of the README is exported", row.get(0)).isNotNull();
            for (int i = 0; i < header.size(); i++) {
                assertThat(row.get(i)).as("README articles.csv %s of %s", header.get(i), row.get(0))
                        .isEqualTo(exported.get(header.get(i)));
            }
            shown.add(row.get(0));
        }
        assertThat(shown).as("the README shows every article").containsExactlyInAnyOrderElementsOf(byId.keySet());
    }

    @Test
    void theFindingRowsShownAreExportedOnesAndTheCountIsRight() throws IOException {
        String exported = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8)
                .replace(GeneratedDocs.ROOT.resolve("seeds") + "/", "seeds/");
        List<String> exportedLines = exported.lines().toList();
        List<String> shown = block("```csv\n").lines().toList();
        assertThat(shown.get(0)).isEqualTo(exportedLines.get(0));
        assertThat(exportedLines).containsAll(shown);
        Matcher m = Pattern.compile("`out/findings.csv` \\(\\w+ of its (\\d+) rows\\)").matcher(readme);
        assertThat(m.find()).as("README says how many findings there are").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(csv("findings.csv").size());
    }

    /** The body of the fenced block that starts with {@code opening}. */
    private static String block(String opening) {
        int start = readme.indexOf(opening);
        assertThat(start).as("README.md has a block starting %s", opening).isNotNegative();
        int body = start + opening.length();
        return readme.substring(body, readme.indexOf("```", body));
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(c -> c.strip().replace("\\|", "|")).toList();
    }

    private static List<CSVRecord> csv(String table) throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve(table), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
