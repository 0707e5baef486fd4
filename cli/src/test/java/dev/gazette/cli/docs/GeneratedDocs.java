package dev.gazette.cli.docs;

import dev.gazette.export.table.DataDictionary;
import dev.gazette.export.table.Tables;
import dev.gazette.validate.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parts of docs/ generated from code: the rules reference (from the rule catalogue,
 * {@code rules.yaml}) and the data dictionary (from the table specs, {@code Tables}). Each lives
 * between two HTML comments in its page; the prose around it is written by hand.
 */
final class GeneratedDocs {

    /** The command that rewrites every generated part; the test's failure message names it. */
    static final String COMMAND = "mvn -B -q -pl cli -am test -Dtest=GeneratedDocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dgazette.writeDocs=true";

    /** The repository root, seen from the cli module where its tests run. */
    static final Path ROOT = Path.of("..");

    /** A generated part: its page, its marker name and what it must hold. */
    record Part(String page, String name, String source, Supplier<String> content) {

        String startMarker() {
            return "<!-- " + name + ":start";
        }

        String endMarker() {
            return "<!-- " + name + ":end -->";
        }

        /** The whole start comment, which tells a reader not to edit by hand and how to regenerate. */
        String startComment() {
            return startMarker() + " (generated from " + source + "; do not edit by hand, run: " + COMMAND + ") -->";
        }
    }

    static List<Part> parts() {
        return List.of(
                new Part("docs/rules.md", "rules-reference", "the rule catalogue, rules.yaml",
                        () -> RulesReference.markdown(RuleCatalogue.standard().all())),
                new Part("docs/data-dictionary.md", "data-dictionary", "the table specs, Tables",
                        () -> DataDictionary.markdown(Tables.all())));
    }

    private GeneratedDocs() {
    }

    /** The page's text with the part regenerated between its markers. */
    static String regenerate(String page, Part part) {
        int start = page.indexOf(part.startMarker());
        int end = page.indexOf(part.endMarker());
        if (start < 0 || end < start) {
            throw new IllegalStateException(part.page() + " needs the markers '" + part.startMarker()
                    + " ... -->' and '" + part.endMarker() + "' around the generated " + part.name());
        }
        return page.substring(0, start) + part.startComment() + "\n\n" + part.content().get() + page.substring(end);
    }

    /** Rewrites every generated part in place. */
    static void writeAll() throws IOException {
        for (Part part : parts()) {
            Path file = ROOT.resolve(part.page());
            String page = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, regenerate(page, part), StandardCharsets.UTF_8);
        }
    }
}
