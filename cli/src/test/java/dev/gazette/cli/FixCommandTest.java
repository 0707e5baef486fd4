package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.export.csv.FormulaGuard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {

    private static final String ARTICLE = "Council Backs Budget\nMarch 3, 2024\n"
            + "The council approved funds for roads,schools and parks  after a debate.\n"
            + "Officials said the the vote was close.Opponents will appeal.   \n";

    @Test
    void withUnsafeWritesACleanTextPerArticleAndAChangeLogThatRebuildsIt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(new String[] {"fix", in.toString(), "--out", out.toString(), "--quiet", "--unsafe"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        String clean = Files.readString(out.resolve("texts/a.txt"));
        assertThat(clean).isEqualTo("Council Backs Budget\nMarch 3, 2024\n"
                + "The council approved funds for roads, schools and parks after a debate.\n"
                + "Officials said the vote was close. Opponents will appeal.\n");

        List<CSVRecord> changes;
        try (var reader = Files.newBufferedReader(out.resolve("changes.csv"), StandardCharsets.UTF_8)) {
            changes = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(changes).extracting(r -> r.get("rule"))
                .contains("missing-space", "whitespace", "doubled-word");
        String rebuilt = ARTICLE;
        for (int i = changes.size() - 1; i >= 0; i--) {
            CSVRecord c = changes.get(i);
            int start = Integer.parseInt(c.get("start"));
            int end = Integer.parseInt(c.get("end"));
            assertThat(rebuilt.substring(start, end)).isEqualTo(FormulaGuard.unguard(c.get("before")));
            rebuilt = rebuilt.substring(0, start) + FormulaGuard.unguard(c.get("after")) + rebuilt.substring(end);
        }
        assertThat(rebuilt).isEqualTo(clean);
        assertThat(Files.readAllLines(out.resolve("changes.jsonl"))).hasSize(changes.size());
    }

    /** Runs {@code gazette fix} on {@link #ARTICLE} with {@code options}; returns the clean text. */
    private static String fixed(Path dir, String... options) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("fix", in.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return Files.readString(out.resolve("texts/a.txt"));
    }

    @Test
    void byDefaultOnlySafeFixesAreApplied(@TempDir Path dir) throws Exception {
        // since the thirteenth held-out round no rule is safe (whitespace: 15 changes judged there, fewer than 40)
        assertThat(fixed(dir))
                .as("missing-space, doubled-word and whitespace are suggestions")
                .contains("roads,schools and parks  after", "said the the vote was close.Opponents will appeal.   \n");
    }

    @Test
    void applyNamesRulesWhoseSuggestedFixesAreAppliedByDefault(@TempDir Path dir) throws Exception {
        assertThat(fixed(dir, "--apply", "missing-space"))
                .as("missing-space's fixes applied; doubled-word still only suggested")
                .contains("roads, schools and parks  after", "said the the vote was close. Opponents");
    }

    @Test
    void theSameRulesCanBeAppliedFromTheConfiguration(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("gazette.yaml"), "rules:\n  doubled-word:\n    apply: true\n");
        assertThat(fixed(dir, "--config", config.toString()))
                .contains("said the vote was close.Opponents", "roads,schools");
    }

    @Test
    void applyingARuleWithoutAFixOrAnUnknownRuleIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        for (String rule : new String[] {"missing-title", "no-such-rule"}) {
            StringWriter err = new StringWriter();
            int code = GazetteCli.execute(new String[] {"fix", in.toString(), "--out", dir.resolve("out").toString(),
                "--quiet", "--apply", rule}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).as(rule).isEqualTo(2);
            assertThat(err.toString()).as(rule).contains("--apply: ").contains(rule);
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }

    @Test
    void theChangeLogGuardsCellsASpreadsheetWouldRunUnlessTurnedOff(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // a trailing tab: the whitespace fix removes it, so its change's 'before' cell is a tab, which a
        // spreadsheet reads as the start of a formula (article ids cannot start with one: they start with a
        // letter or digit)
        Files.writeString(in.resolve("a.txt"), "Council Backs Budget\nMarch 3, 2024\n"
                + "The council approved funds for roads after a debate.\t\nOfficials said the vote was close.\n");

        assertThat(firstBefore(dir, in, "guarded")).isEqualTo("'\t");
        assertThat(FormulaGuard.unguard(firstBefore(dir, in, "guarded"))).isEqualTo("\t");
        assertThat(firstBefore(dir, in, "exact", "--no-formula-guard")).isEqualTo("\t");
    }

    private static String firstBefore(Path dir, Path in, String outName, String... more) throws Exception {
        Path out = dir.resolve(outName);
        List<String> args = new java.util.ArrayList<>(List.of("fix", in.toString(), "--out", out.toString(), "-q",
                "--apply", "whitespace"));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        try (var reader = Files.newBufferedReader(out.resolve("changes.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords().get(0).get("before");
        }
    }
}
