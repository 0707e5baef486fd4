package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commented-out examples of {@code gazette.example.yaml} (lines starting with {@code "#  "})
 * are a working configuration once uncommented, with each reference file it cites written in
 * the format its key documents. {@code ConfigurationTest} reads the sample as it ships.
 */
class ExampleConfigurationTest {

    private static final Pattern EMPTY_LIST_WITH_COMMENTED_ITEMS =
            Pattern.compile("(?m)^( *)([\\w-]+): \\[\\]\\n((?:\\1#  - .*\\n)+)");
    private static final Pattern COMMENTED_LINE = Pattern.compile("(?m)^( *)#(  .*)$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([\\w-]+):");
    private static final Pattern LIST_ITEM = Pattern.compile("^ +- \"?([^\"#]+?)\"?\\s*(#.*)?$");

    @TempDir
    Path dir;

    @Test
    void theCommentedExamplesOfTheSampleConfigurationWorkWhenUncommented() throws IOException {
        String live = uncomment(Files.readString(Path.of("..", "gazette.example.yaml"), StandardCharsets.UTF_8));
        assertThat(live).contains("      min-margin: 8.0").contains("  - reference/");
        String key = "";
        int files = 0;
        for (String line : live.lines().toList()) {
            Matcher k = TOP_LEVEL_KEY.matcher(line);
            if (k.find()) {
                key = k.group(1);
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches() && item.group(1).startsWith("reference/")) {
                Cli.write(dir, item.group(1), referenceFile(key, item.group(1)));
                files++;
            }
        }
        assertThat(files).as("reference files the sample cites").isEqualTo(3);
        Cli.write(dir, "seeds/harbour.txt", Cli.CLEAN);
        Path config = Cli.write(dir, "gazette.yaml", live);

        Cli.Result r = Cli.run("check", "-q", "--config", config.toString());

        assertThat(r.code()).as("uncommented sample configuration:%n%s%n%s", live, r.err()).isZero();
    }

    /** The sample with its commented-out lines ({@code "#  ..."}) switched on. */
    static String uncomment(String sample) {
        Matcher m = EMPTY_LIST_WITH_COMMENTED_ITEMS.matcher(sample);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String items = m.group(3).replace(m.group(1) + "#  - ", m.group(1) + "  - ");
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2) + ":\n" + items));
        }
        m.appendTail(sb);
        return COMMENTED_LINE.matcher(sb.toString()).replaceAll("$1$2");
    }

    /** A small file in the format the configuration key documents for it. */
    private static String referenceFile(String key, String name) {
        switch (key) {
            case "boilerplate":
                return "house\t^Subscribe to our newsletter$\n";
            case "lexicons":
                return "# house words\ngazetteer\n";
            case "registries":
                if (!name.matches(".*\\.(ya?ml|json)")) {
                    fail("the sample cites registry file %s, but registries are YAML or JSON files", name);
                }
                return "entities:\n  - id: harbour-council\n    name: Harbour Council\n    type: organisation\n";
            default:
                return fail("the sample cites %s under '%s', a key that takes no files", name, key);
        }
    }
}
