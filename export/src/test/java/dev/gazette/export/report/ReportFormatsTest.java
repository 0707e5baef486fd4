package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.model.Severity;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of formats, and the counts every renderer relies on. */
class ReportFormatsTest {

    @Test
    void registersTheSixFormatsOnceEachWithTextFirst() {
        assertThat(ReportFormats.names()).containsExactly("text", "json", "sarif", "junit", "checkstyle", "github", "html");
        assertThat(new HashSet<>(ReportFormats.names())).hasSameSizeAs(ReportFormats.all());
        assertThat(ReportFormats.all()).allSatisfy(r -> {
            assertThat(r.fileExtension()).matches("[a-z]+");
            assertThat(r.description()).isNotBlank();
        });
        assertThat(ReportFormats.get(ReportFormats.DEFAULT).name()).isEqualTo("text");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormats.get("xml"))
                .hasMessage("unknown report format 'xml' (expected one of text, json, sarif, junit, checkstyle, github, html)");
    }

    @Test
    void failLevelsCountFindingsAtOrAboveThem() {
        Report r = ReportFixtures.many(); // 2 errors, 4 warnings, 2 info
        assertThat(r.count(Severity.ERROR)).isEqualTo(2);
        assertThat(failing(r, FailLevel.ERROR)).isEqualTo(2);
        assertThat(failing(r, FailLevel.WARNING)).isEqualTo(6);
        assertThat(failing(r, FailLevel.INFO)).isEqualTo(8);
        assertThat(failing(r, FailLevel.NONE)).isZero();
        assertThat(FailLevel.parse("Warning")).isEqualTo(FailLevel.WARNING);
        assertThatThrownBy(() -> FailLevel.parse("fatal")).hasMessageContaining("error, warning, info, none");
    }

    @Test
    void countsArticlesAndRejectedInputsButNotFolderNotes() {
        Report r = ReportFixtures.many();
        assertThat(r.articles()).isEqualTo(3);
        assertThat(r.rejected()).isEqualTo(1);
    }

    private static int failing(Report r, FailLevel level) {
        return new Report(r.toolName(), r.toolVersion(), level, r.entries(), r.inputs(), List.of(), r.catalogue(), null)
                .failing();
    }
}
