package dev.gazette.eval.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.eval.names.NamesEvaluation.Result;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names evaluation end to end on the committed set of our own sentences
 * ({@code src/test/resources/names/own}): the corpus is exported through the command line, its
 * families are taken from the specs and scored, and every name finding is judged. The thresholds
 * are those of docs/names-evaluation.md; a change that lowers a figure below them fails the build.
 */
class OwnSetTest {

    /** Pairwise precision the set must keep (every pair of its families is judged). */
    static final double MIN_PRECISION = 0.99;
    /** Pairwise recall it must keep: what the clusterer reaches on it now, less a margin. */
    static final double MIN_RECALL = 0.80;
    /** Precision of the name findings (all are judged). */
    static final double MIN_FINDING_PRECISION = 0.95;

    @TempDir
    Path out;

    @Test
    void ownSetKeepsItsThresholds() throws Exception {
        Path set = resource("names/own");
        Properties settings = LabelledSet.readSettings(set);
        Path input = NamesEvaluation.input(set, Path.of("."), settings.getProperty("input").trim());
        NamesEvaluation.export(input, out, settings.getProperty("args", ""));
        ExportedNames export = ExportedNames.read(out);
        LabelledSet labelled = LabelledSet.fromSpecs(set, export);
        Result r = NamesEvaluation.evaluate(labelled, export, "all", Integer.MAX_VALUE, 14);
        String report = NamesEvaluation.report("own", r);

        assertThat(r.scores().occurrences()).as(report).isGreaterThan(80);
        assertThat(r.scores().precision()).as(report).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(r.scores().recall()).as(report).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(r.scores().mergedNegatives()).as(report).isEmpty();
        assertThat(r.scores().homonymMerges()).as(report).isZero();
        assertThat(r.rewrites().unjudged()).as("every finding of the set is judged in rewrites.tsv\n" + report)
                .isEmpty();
        assertThat(r.rewrites().findingPrecision()).as(report).isGreaterThanOrEqualTo(MIN_FINDING_PRECISION);
        assertThat(r.rewrites().changesWrong()).as(report).isZero();
    }

    @Test
    void everyFormOfTheSpecsIsFound() throws Exception {
        Path set = resource("names/own");
        Properties settings = LabelledSet.readSettings(set);
        NamesEvaluation.export(NamesEvaluation.input(set, Path.of("."), settings.getProperty("input").trim()), out, "");
        ExportedNames export = ExportedNames.read(out);
        List<String> unseen = new java.util.ArrayList<>();
        for (String spec : List.of("families-transliterated.spec", "families-english.spec")) {
            FamilySpec f = FamilySpec.read(set.resolve(spec));
            unseen.addAll(f.unseen(f.occurrences(export, null)));
        }
        assertThat(unseen).as("forms of the specs that no exported mention has").isEmpty();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(OwnSetTest.class.getClassLoader().getResource(name).toURI());
    }
}
