package dev.gazette.eval.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gazette.eval.names.ExportedNames.Mention;
import dev.gazette.eval.names.LabelledSet.Negative;
import dev.gazette.eval.names.LabelledSet.Occurrence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The pairwise scores, families and hard negatives of {@link NameScores} on hand-made exports. */
class NameScoresTest {

    private static Occurrence occ(String family, String surface, String article, int start) {
        return new Occurrence(family, "tune", false, surface, article, start, start + surface.length());
    }

    private static Mention mention(String entity, String surface, String article, int start) {
        return new Mention(article, entity, surface, start, start + surface.length());
    }

    private static LabelledSet set(List<Occurrence> occ, List<Negative> neg) {
        return new LabelledSet(Path.of("."), new Properties(), occ, neg, List.of());
    }

    private static ExportedNames export(Mention... mentions) {
        Map<String, List<Mention>> by = new java.util.HashMap<>();
        for (Mention m : mentions) {
            by.computeIfAbsent(m.articleId(), k -> new java.util.ArrayList<>()).add(m);
        }
        return new ExportedNames(by, List.of(), List.of());
    }

    @Test
    void countsPairsOfDifferentSurfacesOnly() {
        // family A: Tabqa, al-Tabqa, Tabqa (two articles); family B: Raqqa
        LabelledSet s = set(List.of(occ("a", "Tabqa", "1", 0), occ("a", "al-Tabqa", "1", 20),
                occ("a", "Tabqa", "2", 0), occ("b", "Raqqa", "2", 20)), List.of());
        ExportedNames e = export(mention("x", "Tabqa", "1", 0), mention("x", "al-Tabqa", "1", 20),
                mention("y", "Tabqa", "2", 0), mention("y", "Raqqa", "2", 20));
        NameScores r = NameScores.score(s, e, "tune");
        // gold pairs of different surfaces: (Tabqa1, al-Tabqa1) joined, (al-Tabqa1, Tabqa2) split
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isEqualTo(1);
        // Tabqa2 and Raqqa2 share entity y: one false pair
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.families()).isEqualTo(1);
        assertThat(r.familiesMerged()).isZero();
        assertThat(r.falsePairs()).containsExactly("a + b (1)");
    }

    @Test
    void optionalFormsAreNeitherRequiredNorCounted() {
        Occurrence optional = new Occurrence("a", "tune", true, "Assads", "1", 30, 36);
        LabelledSet s = set(List.of(occ("a", "Assad", "1", 0), occ("a", "Bashar al-Assad", "1", 10), optional),
                List.of());
        ExportedNames e = export(mention("x", "Assad", "1", 0), mention("x", "Bashar al-Assad", "1", 10),
                mention("z", "Assads", "1", 30));
        NameScores r = NameScores.score(s, e, "tune");
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isZero();
        assertThat(r.familiesMerged()).isEqualTo(1);
    }

    @Test
    void hardNegativesAndHomonymsAreCountedApart() {
        LabelledSet s = set(List.of(occ("mayadin", "Mayadin", "1", 0), occ("midan", "al-Midan", "2", 0),
                        occ("kennedy-p", "Kennedy", "3", 0), occ("kennedy-c", "Kennedy", "4", 0)),
                List.of(new Negative("mayadin", "midan", "tune", "a town and a district"),
                        new Negative("kennedy-p", "kennedy-c", "tune", "a person and a place")));
        ExportedNames e = export(mention("m", "Mayadin", "1", 0), mention("m", "al-Midan", "2", 0),
                mention("k", "Kennedy", "3", 0), mention("k", "Kennedy", "4", 0));
        NameScores r = NameScores.score(s, e, "tune");
        assertThat(r.negatives()).isEqualTo(1);
        assertThat(r.falseMerges()).isEqualTo(1);
        assertThat(r.homonyms()).isEqualTo(1);
        assertThat(r.homonymMerges()).isEqualTo(1);
        assertThat(r.homonymPairs()).isEqualTo(1);
        assertThat(r.mergedNegatives()).hasSize(2);
    }

    @Test
    void anOccurrenceWithoutAMentionIsUnmatchedAndNeverJoined() {
        LabelledSet s = set(List.of(occ("a", "Idlib", "1", 0), occ("a", "Idleb", "1", 10)), List.of());
        ExportedNames e = export(mention("x", "Idlib", "1", 0));
        NameScores r = NameScores.score(s, e, "tune");
        assertThat(r.unmatched()).isEqualTo(1);
        assertThat(r.falseNegatives()).isEqualTo(1);
    }

    @Test
    void scoresOnlyThePartAsked() {
        LabelledSet s = set(List.of(occ("a", "Idlib", "1", 0),
                new Occurrence("a", "heldout", false, "Idleb", "1", 10, 15)), List.of());
        ExportedNames e = export(mention("x", "Idlib", "1", 0), mention("x", "Idleb", "1", 10));
        assertThat(NameScores.score(s, e, "tune").occurrences()).isEqualTo(1);
        assertThat(NameScores.score(s, e, "all").truePositives()).isEqualTo(1);
    }
}
