package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The review path of issue 15: a decisions file accepts suggested fixes and rejects safe ones, by fingerprint. */
class DecisionsTest {

    private static final String ARTICLE = "Council Backs Budget\nMarch 3, 2024\n\n"
            + "The council approved funds for roads and parks after a debate.\n\n"
            + "Officials said the the vote was close.   \n";

    private static int run(StringWriter err, String... args) {
        return GazetteCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static List<CSVRecord> findings(Path out) throws Exception {
        try (var reader = Files.newBufferedReader(out.resolve("findings.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String fingerprint(List<CSVRecord> findings, String rule) {
        return findings.stream().filter(r -> r.get("rule").equals(rule)).findFirst().orElseThrow().get("fingerprint");
    }

    @Test
    void acceptedSuggestionsAndRejectedSafeFixesAreFollowedAfterLinesMoveAndStaleDecisionsAreReported(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        StringWriter err = new StringWriter();
        assertThat(run(err, "export", in.toString(), "--out", dir.resolve("review").toString(), "-q")).as(err.toString())
                .isZero();
        List<CSVRecord> found = findings(dir.resolve("review"));
        String doubled = fingerprint(found, "doubled-word");
        String trailing = fingerprint(found, "whitespace");
        assertThat(doubled).matches("[0-9a-f]{32}");

        Path decisions = dir.resolve("decisions.csv");
        Files.writeString(decisions, "fingerprint,decision,rule,article_id,note\n"
                + doubled + ",accept,doubled-word,a,a typo\n"
                + trailing + ",reject,whitespace,a,keep the layout\n"
                + "00000000000000000000000000000000,accept,missing-space,a,an old finding\n");
        // the team reviewed the export above; then the article gained a paragraph, so every line below moved
        Files.writeString(in.resolve("a.txt"), ARTICLE.replace("after a debate.\n\n",
                "after a debate.\n\nA second paragraph was added later.\n\n"));

        StringWriter fixErr = new StringWriter();
        Path out = dir.resolve("fixed");
        assertThat(run(fixErr, "fix", in.toString(), "--out", out.toString(), "--decisions", decisions.toString(), "-q"))
                .as(fixErr.toString()).isZero();
        String clean = Files.readString(out.resolve("texts/a.txt"));
        assertThat(clean).contains("Officials said the vote was close.   \n");
        assertThat(fixErr.toString())
                .contains("decisions.csv:4: decision 'accept' for fingerprint 00000000000000000000000000000000")
                .contains("matches no finding").doesNotContain("decisions.csv:2").doesNotContain("decisions.csv:3");
    }

    @Test
    void aBadDecisionNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path decisions = dir.resolve("decisions.csv");
        Files.writeString(decisions, "fingerprint,decision,rule,article_id,note\nabc,maybe,doubled-word,a,\n");
        StringWriter err = new StringWriter();
        int code = run(err, "fix", in.toString(), "--out", dir.resolve("out").toString(), "--decisions", decisions.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("decisions.csv:2").contains("'maybe' is neither accept nor reject");
    }
}
