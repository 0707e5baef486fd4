package dev.gazette.eval.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.eval.names.ExportedNames.Mention;
import dev.gazette.eval.names.ExportedNames.NameChange;
import dev.gazette.eval.names.ExportedNames.NameFinding;
import dev.gazette.eval.names.LabelledSet.RewriteJudgement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading labelled sets and family specs, and counting judged rewrites. */
class LabelledSetTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsASetAndNamesTheBadLine() throws IOException {
        write("set.properties", "corpus=x\ninput=x.jsonl\n");
        write("families.tsv", "family\tsplit\tkind\tsurface\tarticle_id\tstart\tend\n"
                + "idlib\ttune\trequired\tIdlib\ta1\t0\t5\n");
        write("negatives.tsv", "family_a\tfamily_b\tsplit\tnote\n");
        LabelledSet s = LabelledSet.read(dir);
        assertThat(s.occurrences()).hasSize(1);
        assertThat(s.setting("corpus")).isEqualTo("x");
        assertThatThrownBy(() -> s.setting("missing")).hasMessageContaining("missing 'missing'");

        write("families.tsv", "family\tsplit\tkind\tsurface\tarticle_id\tstart\tend\n"
                + "idlib\tsomewhere\trequired\tIdlib\ta1\t0\t5\n");
        assertThatThrownBy(() -> LabelledSet.read(dir)).hasMessageContaining("families.tsv:2")
                .hasMessageContaining("split must be");
        write("families.tsv", "family\tsplit\tkind\tsurface\tarticle_id\tstart\tend\n"
                + "idlib\ttune\trequired\tIdlib\ta1\tzero\t5\n");
        assertThatThrownBy(() -> LabelledSet.read(dir)).hasMessageContaining("start is not a number");
    }

    @Test
    void readsJudgementsOfOneOccurrenceAndOfEveryOccurrence() throws IOException {
        write("rewrites.tsv", "article_id\tstart\tend\tsurface\tcanonical\tverdict\tnote\n"
                + "a1\t3\t8\tIdleb\tIdlib\tright\t\n"
                + "*\t\t\tSarah\tSyria\twrong\ta first name\n");
        List<RewriteJudgement> j = LabelledSet.readJudgements(dir.resolve("rewrites.tsv"));
        assertThat(j).hasSize(2);
        assertThat(j.get(0).everywhere()).isFalse();
        assertThat(j.get(1).everywhere()).isTrue();
        write("rewrites.tsv", "article_id\tstart\tend\tsurface\tcanonical\tverdict\tnote\n"
                + "a1\t3\t8\tIdleb\tIdlib\tmaybe\t\n");
        assertThatThrownBy(() -> LabelledSet.readJudgements(dir.resolve("rewrites.tsv")))
                .hasMessageContaining("rewrites.tsv:2").hasMessageContaining("'right' or 'wrong'");
    }

    @Test
    void readsASpecWithOptionalLimitedAndExcludedForms() throws IOException {
        write("families.spec", "# comment\n"
                + "tabqa: Tabqa | ?Tabqas | al-Tabqa@a2 | Al Tabqa!a1\n"
                + "raqqa: Raqqa\n"
                + "neg: tabqa raqqa | two towns\n");
        FamilySpec spec = FamilySpec.read(dir.resolve("families.spec"));
        ExportedNames export = new ExportedNames(Map.of(
                "a1", List.of(new Mention("a1", "e", "Tabqa", 0, 5), new Mention("a1", "e", "al-Tabqa", 9, 17),
                        new Mention("a1", "e", "Al Tabqa", 20, 28)),
                "a2", List.of(new Mention("a2", "e", "al-Tabqa", 0, 8), new Mention("a2", "f", "Raqqa", 10, 15))),
                List.of(), List.of());
        var occ = spec.occurrences(export, null);
        assertThat(occ).extracting(o -> o.surface() + "@" + o.articleId())
                .containsExactlyInAnyOrder("Tabqa@a1", "al-Tabqa@a2", "Raqqa@a2");
        assertThat(spec.unseen(occ)).containsExactly("tabqa: Tabqas", "tabqa: Al Tabqa");
        assertThat(spec.negatives()).hasSize(1);

        write("families.spec", "tabqa: Tabqa\nneg: tabqa raqqa\n");
        assertThatThrownBy(() -> FamilySpec.read(dir.resolve("families.spec")))
                .hasMessageContaining("families.spec:2").hasMessageContaining("unknown family 'raqqa'");
    }

    @Test
    void countsEveryAppliedChangeOfThePartByItsJudgement() throws IOException {
        Properties p = new Properties();
        p.setProperty("split.seed", "14");
        p.setProperty("split.heldout.percent", "0");
        List<NameFinding> findings = List.of(
                new NameFinding("a1", "name-variant", 0, 5, "Idleb", "Idlib", ""),
                new NameFinding("a2", "name-variant", 0, 5, "Sarah", "Syria", ""),
                new NameFinding("a3", "name-variant", 0, 5, "Sarah", "Syria", ""),
                new NameFinding("a4", "name-variant", 0, 5, "Tabqa", "al-Tabqa", ""));
        List<NameChange> changes = List.of(
                new NameChange("a1", "name-variant", 0, 5, "Idleb", "Idlib"),
                new NameChange("a2", "name-variant", 0, 5, "Sarah", "Syria"),
                new NameChange("a3", "name-variant", 0, 5, "Sarah", "Syria"),
                new NameChange("a4", "name-variant", 0, 5, "Tabqa", "al-Tabqa"));
        List<RewriteJudgement> judged = List.of(
                new RewriteJudgement("a1", 0, 5, "Idleb", "Idlib", true, ""),
                new RewriteJudgement("*", -1, -1, "Sarah", "Syria", false, ""));
        LabelledSet s = new LabelledSet(dir, p, List.of(), List.of(), judged);
        var r = NamesEvaluation.rewrites(s, new ExportedNames(Map.of(), findings, changes), "tune", 100, 14);
        assertThat(r.changes()).isEqualTo(4);
        assertThat(r.changesJudged()).isEqualTo(3);
        assertThat(r.changesWrong()).isEqualTo(2);
        assertThat(r.wrongChanges()).containsEntry("Sarah -> Syria", 2);
        assertThat(r.unjudged()).extracting(NameFinding::surface).containsExactly("Tabqa");
        assertThat(r.findingPrecision()).isEqualTo(1.0 / 3);
        assertThat(r.wrongPerThousand()).isEqualTo(2000.0 / 3);
        // none in the held-out part when nothing is held out
        assertThat(NamesEvaluation.rewrites(s, new ExportedNames(Map.of(), findings, changes), "heldout", 100, 14)
                .changes()).isZero();
    }

    @Test
    void theRuleOfThreeBoundsAPartWithoutWrongChanges() {
        var r = new NamesEvaluation.RewriteFigures(10, 3000, 10, 10, 10, 3000, 0, Map.of(), List.of());
        assertThat(r.wrongPerThousandUpper()).isEqualTo(1.0);
    }
}
