package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Harbour Plan Approved\n\nMarch 3, 2024\n\n"
                + "=SUM(1,2) was typed by a reader. \"We are pleased,\" the mayor said.\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void defaultFormatsAreCsvAndJsonLinesWithTheirDescriptorsAndTheHtmlReport() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("export", "-q", "-o", out.toString(), corpus().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(names(out)).contains("articles.csv", "articles.jsonl", "quotes.csv", "quotes.jsonl",
                "datapackage.json", "schemas/quotes.schema.json", "report.html").doesNotContain("dataset.xlsx")
                .noneMatch(n -> n.contains("spool"));
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Gazette report: " + corpus() + "</title>",
                "id=\"gz-summary\"", "Harbour Plan Approved");
        assertThat(Files.readString(out.resolve("articles.csv"))).contains("'=SUM(1,2)");
        assertThat(Files.readString(out.resolve("quotes.csv"))).contains("\"We are pleased,\",the mayor,,after,true");
    }

    @Test
    void everyFormatTogetherAndTheFlagsOfTheCsvFiles() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("export", "-q", "--format", "csv,jsonl,xlsx,texts,html", "--excel", "--no-formula-guard", "-o",
                out.toString(), corpus().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(names(out)).contains("dataset.xlsx", "datapackage.json", "quotes.jsonl");
        String csv = Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,").contains("\r\n").contains("=SUM(1,2)").doesNotContain("'=SUM");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("export", "--format", "csv,pdf", "-o", out.toString(), corpus().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--format: unknown format 'pdf'; choose from csv, jsonl, xlsx");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpListsTheFormatsAndTheGuard() {
        Run r = run("export", "--help");
        assertThat(r.out()).contains("--format", "xlsx", "--excel", "--no-formula-guard");
    }
}
