package dev.gazette.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.cli.GazetteCli;
import dev.gazette.export.dataset.DatasetFormats;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.report.ReportFormats;
import dev.gazette.model.io.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The hand-written pages name what the code offers: every command and option in
 * docs/commands.md, every dataset format in docs/datasets.md, every report format in docs/ci.md,
 * every corpus format in docs/scale.md.
 * A new option or format fails here until its page describes it.
 */
class DocsCoverTheCodeTest {

    static final Path DOCS = GeneratedDocs.ROOT.resolve("docs");
    static final String SHARED = "## Options shared by export, fix and check";

    @Test
    void everyCommandAndOptionIsDescribedInTheCommandsPage() throws IOException {
        String page = read("commands.md");
        String shared = section(page, SHARED);
        Map<String, CommandLine> commands = new CommandLine(new GazetteCli()).getSubcommands();
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            if (command.getKey().equals("help")) {
                continue;
            }
            String heading = "## gazette " + command.getKey();
            assertThat(page).as("docs/commands.md has a section '%s'", heading).contains("\n" + heading + "\n");
            String own = section(page, heading);
            for (CommandLine.Model.OptionSpec o : command.getValue().getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                Pattern name = Pattern.compile("`" + Pattern.quote(o.longestName()) + "[` ]");
                assertThat(name.matcher(own).find() || name.matcher(shared).find())
                        .as("docs/commands.md describes option %s of 'gazette %s' (in its section or the "
                                + "shared options)", o.longestName(), command.getKey())
                        .isTrue();
            }
        }
    }

    @Test
    void everyDatasetFormatHasARowInTheDatasetsPage() throws IOException {
        String folder = section(read("datasets.md"), "## What the output folder holds");
        for (DatasetFormat f : DatasetFormats.ALL) {
            assertThat(folder).as("docs/datasets.md lists dataset format %s", f.name())
                    .contains("| `--format " + f.name() + "`");
        }
    }

    @Test
    void everyReportFormatHasARowInTheCiPage() throws IOException {
        String formats = section(read("ci.md"), "## Report formats");
        for (String name : ReportFormats.names()) {
            assertThat(formats).as("docs/ci.md lists report format %s", name).contains("\n| `" + name + "` |");
        }
    }

    @Test
    void everyCorpusFormatAndExtensionIsInTheScalePage() throws IOException {
        String reading = section(read("scale.md"), "## Reading corpus files");
        for (InputFormat f : InputFormat.values()) {
            if (!f.records()) {
                continue;
            }
            for (String ext : f.extensions()) {
                assertThat(reading).as("docs/scale.md lists the .%s extension of %s", ext, f.label())
                        .contains("`." + ext + "`");
            }
            assertThat(reading).as("docs/scale.md lists --input-format %s", f.label()).contains(f.label());
        }
    }

    static String read(String page) throws IOException {
        return Files.readString(DOCS.resolve(page), StandardCharsets.UTF_8);
    }

    /** The text from {@code heading} to the next heading of the same or a higher level (code blocks skipped). */
    static String section(String page, String heading) {
        int level = heading.indexOf(' ');
        StringBuilder out = null;
        boolean inFence = false;
        for (String line : page.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && out == null && line.equals(heading)) {
                out = new StringBuilder();
            } else if (!inFence && out != null && line.matches("#{1," + level + "} .*")) {
                break;
            }
            if (out != null) {
                out.append(line).append('\n');
            }
        }
        assertThat(out).as("section '%s'", heading).isNotNull();
        return out.toString();
    }
}
