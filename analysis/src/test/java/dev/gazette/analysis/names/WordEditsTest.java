package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edits that rewrite a name: word by word, never across a line break. */
class WordEditsTest {

    private static String apply(String raw, List<TextEdit> edits) {
        StringBuilder sb = new StringBuilder(raw);
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit e = edits.get(i);
            sb.replace(e.start(), e.end(), e.replacement());
        }
        return sb.toString();
    }

    private static void assertNoEditCrossesALine(String raw, List<TextEdit> edits) {
        for (TextEdit e : edits) {
            assertThat(raw.substring(e.start(), e.end())).doesNotContain("\n");
        }
    }

    private static void assertNoEditsOverlap(List<TextEdit> edits) {
        for (int i = 1; i < edits.size(); i++) {
            assertThat(edits.get(i).start()).as("edit %d starts after edit %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(edits.get(i - 1).end());
        }
    }

    @Test
    void rewritesOnlyTheWordsThatDiffer() {
        String raw = "met Faleh al-Fayyad today";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 4, 19, "Falih al-Fayyadh");
        assertThat(edits).containsExactly(new TextEdit(4, 9, "Falih"), new TextEdit(10, 19, "al-Fayyadh"));
        assertThat(apply(raw, edits)).isEqualTo("met Falih al-Fayyadh today");
    }

    @Test
    void joinsWordsWrittenApartWithoutTouchingTheLineBreak() {
        String raw = "shares of Paine\nWebber Group rose";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 10, 28, "PaineWebber Group");
        assertNoEditCrossesALine(raw, edits);
        assertThat(apply(raw, edits)).isEqualTo("shares of PaineWebber\nGroup rose");
    }

    @Test
    void insertsAMissingWordWithoutTouchingTheLineBreak() {
        String raw = "killed with Abu Mahdi\nMuhandis in 2020";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 12, 30, "Abu Mahdi al Muhandis");
        assertNoEditCrossesALine(raw, edits);
        assertThat(apply(raw, edits)).isEqualTo("killed with Abu Mahdi\nal Muhandis in 2020");
    }

    @Test
    void dropsSeveralTrailingWordsBeforeAFullStopWithoutOverlappingEdits() {
        // two words dropped at the end of a name followed by a full stop: the first deletion takes
        // the space after it, which the second, with no space after it, used to take again
        String raw = "said Jane Ann Smith. Then";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 5, 19, "Jane");
        assertNoEditsOverlap(edits);
        assertThat(apply(raw, edits)).isEqualTo("said Jane. Then");
    }

    @Test
    void dropsSeveralTrailingWordsBeforeALineBreakWithinTheLine() {
        String raw = "met Omar Ali Hassan Saleh\nyesterday";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 4, 25, "Omar Ali");
        assertNoEditCrossesALine(raw, edits);
        assertNoEditsOverlap(edits);
        assertThat(apply(raw, edits)).isEqualTo("met Omar Ali\nyesterday");
    }

    @Test
    void wordsJoinedOnOneLineAreOneEditNotAWordDropped() {
        String raw = "the Brisk-Varnholt Selby act calls";
        List<TextEdit> edits = ArticleNames.wordEdits(raw, 4, 24, "Brisk-Varnholt-Selby");
        assertThat(edits).containsExactly(new TextEdit(4, 24, "Brisk-Varnholt-Selby"));
        assertThat(apply(raw, edits)).isEqualTo("the Brisk-Varnholt-Selby act calls");
    }
}
