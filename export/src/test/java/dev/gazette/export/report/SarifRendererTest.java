package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.validate.RuleDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SARIF output: valid against the OASIS 2.1.0 schema, and carrying what code scanning needs. */
class SarifRendererTest {

    private final ReportRenderer sarif = ReportFormats.get("sarif");

    static Stream<Supplier<Report>> reports() {
        return Stream.of(ReportFixtures::empty, ReportFixtures::one, ReportFixtures::many);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void validatesAgainstTheOasisSchema(Supplier<Report> report) throws IOException {
        assertThat(SchemaValidation.errors(SchemaValidation.SARIF, render(report.get()))).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsABrokenDocument() throws IOException {
        String broken = render(ReportFixtures.many()).replace("\"level\": \"note\"", "\"level\": \"info\"");
        assertThat(SchemaValidation.errors(SchemaValidation.SARIF, broken)).isNotEmpty();
    }

    @Test
    void listsEveryCatalogueRuleWithItsDescriptionsAndDefaultLevel() throws IOException {
        JsonNode rules = run(ReportFixtures.empty()).at("/tool/driver/rules");
        List<RuleDescriptor> catalogue = List.copyOf(ReportFixtures.CATALOGUE.all());
        assertThat(rules).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleDescriptor d = catalogue.get(i);
            JsonNode r = rules.get(i);
            assertThat(r.get("id").asText()).isEqualTo(d.id());
            assertThat(r.at("/shortDescription/text").asText()).isEqualTo(d.summary());
            assertThat(r.at("/fullDescription/text").asText()).isEqualTo(d.description());
            assertThat(r.at("/help/text").asText()).contains(d.example());
            assertThat(r.at("/defaultConfiguration/level").asText())
                    .isEqualTo(switch (d.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
        }
    }

    @Test
    void resultsPointAtTheirRuleAndUseRelativeEncodedUris() throws IOException {
        JsonNode run = run(ReportFixtures.many());
        for (JsonNode r : run.get("results")) {
            int index = r.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(r.get("ruleId").asText());
            JsonNode loc = r.at("/locations/0/physicalLocation/artifactLocation");
            assertThat(loc.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(URI.create(loc.get("uri").asText()).isAbsolute()).isFalse();
        }
        assertThat(run.findValuesAsText("uri")).contains("corpus/sub%20dir/beta%20gamma.txt");
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void aWholeFileFindingPointsAtLineOneAndALineFindingHasLinesAndColumns() throws IOException {
        JsonNode results = run(ReportFixtures.many()).get("results");
        JsonNode empty = find(results, "empty-file");
        JsonNode fileRegion = empty.at("/locations/0/physicalLocation/region");
        assertThat(fileRegion.get("startLine").asInt()).as("GitHub requires a start line").isEqualTo(1);
        assertThat(fileRegion.has("startColumn")).isFalse();
        assertThat(empty.at("/properties/wholeFile").asBoolean()).isTrue();
        JsonNode region = find(results, "model-constraint").at("/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(5);
        assertThat(region.get("startColumn").asInt()).isEqualTo(1);
        assertThat(region.get("endLine").asInt()).isEqualTo(5);
        assertThat(region.get("endColumn").asInt()).isEqualTo(5);
    }

    @Test
    void findingsTheBaselineRecordsAreListedAfterTheOthersAsAcceptedSuppressions() throws IOException {
        Report report = ReportFixtures.many();
        JsonNode results = run(report).get("results");

        assertThat(results.size()).isEqualTo(report.entries().size() + 2);
        for (int i = 0; i < report.entries().size(); i++) {
            assertThat(results.get(i).has("suppressions")).isFalse();
        }
        JsonNode stray = results.get(report.entries().size());
        assertThat(stray.get("ruleId").asText()).isEqualTo("stray-line");
        assertThat(stray.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(stray.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(results.get(report.entries().size() + 1).get("ruleId").asText()).isEqualTo("missing-title");
        assertThat(run(report).at("/properties/suppressedByBaseline").asInt()).isEqualTo(2);
    }

    @Test
    void aFixableFindingCarriesItsEditsAsReplacements() throws IOException {
        JsonNode results = run(ReportFixtures.many()).get("results");
        JsonNode fix = find(results, "broken-paragraph").at("/fixes/0");
        JsonNode replacement = fix.at("/artifactChanges/0/replacements/0");
        int at = ReportFixtures.ALPHA.indexOf("harbour\nworks") + "harbour".length();
        assertThat(replacement.at("/deletedRegion/charOffset").asInt()).isEqualTo(at);
        assertThat(replacement.at("/deletedRegion/charLength").asInt()).isEqualTo(1);
        assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo(" ");
        assertThat(fix.at("/artifactChanges/0/artifactLocation/uri").asText()).isEqualTo("corpus/alpha.txt");
        JsonNode deletion = find(results, "boilerplate").at("/fixes/0/artifactChanges/0/replacements/0");
        assertThat(deletion.has("insertedContent")).isFalse();
        assertThat(find(results, "missing-date").has("fixes")).isFalse();
    }

    @Test
    void everyResultHasTheFingerprintOfItsEntry() throws IOException {
        Report report = ReportFixtures.many();
        JsonNode results = run(report).get("results");
        for (int i = 0; i < report.entries().size(); i++) {
            assertThat(results.get(i).at("/partialFingerprints/gazette~1v1").asText())
                    .isEqualTo(report.entries().get(i).fingerprint());
        }
    }

    @Test
    void namesTheSourceRootWhenItIsKnown() throws IOException {
        Report r = ReportFixtures.one();
        Report rooted = new Report(r.toolName(), r.toolVersion(), r.failOn(), r.entries(), r.inputs(), r.baselined(),
                r.catalogue(), URI.create("file:///work/corpus"));
        JsonNode run = run(rooted);
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///work/corpus/");
        assertThat(SchemaValidation.errors(SchemaValidation.SARIF, render(rooted))).isEmpty();
    }

    @Test
    void aColonInTheFirstPathSegmentDoesNotReadAsAScheme() {
        assertThat(SarifRenderer.relativeUri("a:b/c d.txt")).isEqualTo("./a:b/c%20d.txt");
        assertThat(SarifRenderer.relativeUri("caf\u00e9/x.txt")).isEqualTo("caf%C3%A9/x.txt");
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    private JsonNode run(Report report) throws IOException {
        return new ObjectMapper().readTree(render(report)).at("/runs/0");
    }

    private String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        sarif.render(report, out);
        return out.toString();
    }
}
