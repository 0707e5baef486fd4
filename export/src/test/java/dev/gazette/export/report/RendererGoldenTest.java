package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests, as PMD's AbstractRendererTest: every registered renderer, on an empty
 * report, one finding and many findings, must write exactly the stored file under
 * {@code src/test/resources/report/golden/<format>/<case>.<extension>}. After an intended
 * change, regenerate with {@code -Dgazette.golden.update=true} and review the diff.
 */
class RendererGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/report/golden");

    private static final Map<String, Supplier<Report>> CASES = Map.of(
            "empty", ReportFixtures::empty,
            "one", ReportFixtures::one,
            "many", ReportFixtures::many);

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (ReportRenderer r : ReportFormats.all()) {
            for (String c : List.of("empty", "one", "many")) {
                out.add(Arguments.of(r.name(), c));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} renders the {1} report as stored")
    @MethodSource("cases")
    void rendersAsTheGoldenFile(String format, String caseName) throws IOException {
        ReportRenderer renderer = ReportFormats.get(format);
        StringWriter out = new StringWriter();
        renderer.render(CASES.get(caseName).get(), out);
        String text = stable(format, out.toString());
        Path golden = GOLDEN.resolve(format).resolve(caseName + "." + renderer.fileExtension());
        if (Boolean.getBoolean("gazette.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dgazette.golden.update=true)").exists();
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * The output with what does not depend on the report left out: the HTML page's inline style
     * sheet and script (and the policy that names their hashes) are the same for every report and
     * are tested in a browser; the golden file keeps the page around them and its data.
     */
    static String stable(String format, String text) {
        if (!format.equals("html")) {
            return text;
        }
        return text.replaceFirst("(?s)<style>.*?</style>", "<style>(report.css)</style>")
                .replaceFirst("(?s)<script>.*?</script>", "<script>(report.js)</script>")
                .replaceAll("'sha256-[A-Za-z0-9+/=]+'", "'sha256-...'");
    }
}
