package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON report: valid against its shipped schema and read back with the same numbers. */
class JsonRendererTest {

    static Stream<Supplier<Report>> reports() {
        return Stream.of(ReportFixtures::empty, ReportFixtures::one, ReportFixtures::many);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void validatesAgainstItsSchema(Supplier<Report> report) throws IOException {
        assertThat(SchemaValidation.errors(SchemaValidation.GAZETTE_JSON, render(report.get()))).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsAnUnknownField() throws IOException {
        String broken = render(ReportFixtures.one()).replace("\"fail_on\"", "\"failOn\"");
        assertThat(SchemaValidation.errors(SchemaValidation.GAZETTE_JSON, broken)).isNotEmpty();
    }

    @Test
    void summaryAndFindingsMatchTheReport() throws IOException {
        Report report = ReportFixtures.many();
        JsonNode root = new ObjectMapper().readTree(render(report));
        assertThat(root.at("/summary/findings").asInt()).isEqualTo(8);
        assertThat(root.at("/summary/failing").asInt()).isEqualTo(report.failing()).isEqualTo(6);
        assertThat(root.at("/summary/suppressed_by_baseline").asInt()).isEqualTo(2);
        assertThat(root.at("/findings/3/message").asText()).isEqualTo(report.findings().get(3).message());
        assertThat(root.at("/findings/1/edits/0/end").asInt()).isEqualTo(report.findings().get(1).edits().get(0).end());
    }

    private static String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormats.get("json").render(report, out);
        return out.toString();
    }
}
