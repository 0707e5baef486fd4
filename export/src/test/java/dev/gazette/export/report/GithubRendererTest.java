package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands: escaping, order and the per-step annotation limit. */
class GithubRendererTest {

    @Test
    void escapesDataAndPropertiesAsTheActionsToolkitDoes() {
        assertThat(GithubRenderer.data("100% a:b, c\r\nd")).isEqualTo("100%25 a:b, c%0D%0Ad");
        assertThat(GithubRenderer.property("100% a:b, c\r\nd")).isEqualTo("100%25 a%3Ab%2C c%0D%0Ad");
    }

    @Test
    void escapesTheFileNameAndMessageOfACommand() throws IOException {
        Finding f = new Finding("encoding", Severity.WARNING, "x", "odd:dir/a,b.txt", 2, 3, 2, 3, 0, 0,
                "50% off\nnext", "", List.of());
        String out = render(report(List.of(f)));
        assertThat(out.lines().findFirst().orElseThrow())
                .isEqualTo("::warning file=odd%3Adir/a%2Cb.txt,line=2,col=3,title=encoding::50%25 off%0Anext");
    }

    @Test
    void writesTheMostSevereFirstAndAtMostTenOfEachKindThenASummary() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            findings.add(finding(Severity.INFO, i));
            findings.add(finding(Severity.WARNING, i));
        }
        findings.add(finding(Severity.ERROR, 40));
        List<String> lines = render(report(findings)).lines().toList();
        assertThat(lines.get(0)).startsWith("::error ");
        assertThat(lines.subList(1, 11)).allMatch(l -> l.startsWith("::warning "));
        assertThat(lines.subList(11, 20)).allMatch(l -> l.startsWith("::notice file="));
        assertThat(lines.stream().filter(l -> l.startsWith("::warning")).count()).isEqualTo(10);
        // 9 notices, since the summary notice takes the tenth slot
        assertThat(lines.stream().filter(l -> l.startsWith("::notice file=")).count()).isEqualTo(9);
        assertThat(lines.stream().filter(l -> l.startsWith("::")).count()).isEqualTo(21);
        assertThat(lines).filteredOn(l -> l.startsWith("a.txt:")).hasSize(5);
        assertThat(lines.get(lines.size() - 2)).startsWith("::notice title=gazette::5 of 25 findings are not shown");
        assertThat(lines.get(lines.size() - 1)).startsWith("gazette: 25 findings (1 error, 12 warnings, 12 info)");
    }

    @Test
    void noSummaryNoticeWhenEverythingFits() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            findings.add(finding(Severity.INFO, i));
        }
        List<String> lines = render(report(findings)).lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("::notice file=")).count()).isEqualTo(10);
        assertThat(lines).noneMatch(l -> l.startsWith("::notice title="));
    }

    private static Finding finding(Severity s, int line) {
        return new Finding("stray-line", s, "a", "a.txt", line, 1, line, 1, 0, 0, "finding on line " + line, "", List.of());
    }

    private static Report report(List<Finding> findings) {
        return new Report("gazette", "1", FailLevel.ERROR, ReportFixtures.entries(findings, null),
                List.of(new Report.Input("a", "a.txt", true)), List.of(), ReportFixtures.empty().catalogue(), null);
    }

    private static String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormats.get("github").render(report, out);
        return out.toString();
    }
}
