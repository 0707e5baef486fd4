package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.RewriteEvidence.Change;
import org.junit.jupiter.api.Test;

/** What a name rewrite changes, and the corpus evidence each kind of change needs (invented names). */
class RewriteEvidenceTest {

    private static final Lexicon LEX = Lexicon.standard();

    private static Change change(String surface, String replacement) {
        return RewriteEvidence.change(surface, replacement, LEX);
    }

    @Test
    void repairsNeedNothingMoreThanTheMatch() {
        assertThat(change("Quellmark INc", "Quellmark Inc")).isEqualTo(Change.REPAIR); // a shift-key slip
        assertThat(change("Orvan PEtterson", "Orvan Petterson")).isEqualTo(Change.REPAIR);
        assertThat(change("Brantwell PLC", "Brantwell Plc")).isEqualTo(Change.REPAIR); // a legal form
        assertThat(change("Tessaly Capital N.V", "Tessaly Capital N.V.")).isEqualTo(Change.REPAIR);
        assertThat(change("Veltrane PLC-NV", "Veltrane Plc N.V.")).isEqualTo(Change.REPAIR);
        assertThat(change("KJ Dorrance Co", "K.J. Dorrance Co")).isEqualTo(Change.REPAIR); // dots added to initials
        assertThat(change("Marwick Haldane Securities", "Marwick-Haldane Securities")).isEqualTo(Change.REPAIR);
        assertThat(change("Corvalink Inc", "CorvaLink Inc")).isEqualTo(Change.REPAIR); // an inner capital restored
        for (String s : new String[] {"Quellmark INc", "Brantwell PLC", "KJ Dorrance Co"}) {
            assertThat(RewriteEvidence.heldBack(s, s.replace("INc", "Inc").replace("PLC", "Plc").replace("KJ", "K.J."),
                    9, 1, 0, LEX)).isNull();
        }
    }

    @Test
    void theWritersStylingIsStrippedOnlyForAClearMajority() {
        assertThat(change("Brisk-Varnholt", "Brisk Varnholt")).isEqualTo(Change.WRITERS_STYLE); // a hyphen dropped
        assertThat(change("ZELVOR Corp", "Zelvor Corp")).isEqualTo(Change.WRITERS_STYLE); // capitals lowered
        assertThat(change("Portwynd Land", "Port Wynd Land")).isEqualTo(Change.WRITERS_STYLE); // a space put in
        assertThat(change("Ardo Min", "Ardomin")).isEqualTo(Change.WRITERS_STYLE); // a space taken out
        assertThat(change("Tomas K. Vreeland", "Tomas K Vreeland")).isEqualTo(Change.WRITERS_STYLE); // an initial's dot
        assertThat(change("Ilse de Marroquin", "Ilse De Marroquin")).isEqualTo(Change.WRITERS_STYLE); // a particle raised
        // as often, or not three articles: held back; twice as often and three or more: suggested
        assertThat(RewriteEvidence.heldBack("Brisk-Varnholt", "Brisk Varnholt", 5, 5, 0, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("ZELVOR Corp", "Zelvor Corp", 1, 2, 0, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("Ardo Min", "Ardomin", 1, 9, 0, LEX)).isNull();
        assertThat(RewriteEvidence.heldBack("Ilse de Marroquin", "Ilse De Marroquin", 1, 1, 0, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("Ilse de Marroquin", "Ilse De Marroquin", 1, 4, 0, LEX)).isNull();
    }

    @Test
    void aSpellingOneWriterRepeatsIsNoEvidenceOfWhichIsRight() {
        // one article writes "Quellli-Tamar" twice (once in full, once by surname) and "Quellii-Tamar" once: the
        // canonical spelling leads by one mention of the same writer, no article more
        assertThat(RewriteEvidence.thinLead("Sarit Quellii-Tamar", "Sarit Quellli-Tamar", 1, 1, 1, 2, LEX)).isNotNull();
        // three times as often, or written in more articles: the evidence says which is right
        assertThat(RewriteEvidence.thinLead("Sarit Quellii-Tamar", "Sarit Quellli-Tamar", 1, 1, 1, 3, LEX)).isNull();
        assertThat(RewriteEvidence.thinLead("Sarit Quellii-Tamar", "Sarit Quellli-Tamar", 1, 2, 1, 2, LEX)).isNull();
        // styling is not a spelling: the styling rules decide it
        assertThat(RewriteEvidence.thinLead("Sarit Quellii-Tamar", "Sarit Quellii Tamar", 1, 1, 1, 2, LEX)).isNull();
    }

    @Test
    void houseStyleFollowsTheMajority() {
        assertThat(change("Paul St. Orvelle", "Paul St Orvelle")).isEqualTo(Change.HOUSE_STYLE); // an abbreviation's dot
        assertThat(change("Ilse Von Marroquin", "Ilse von Marroquin")).isEqualTo(Change.HOUSE_STYLE); // a particle lowered
        assertThat(RewriteEvidence.heldBack("Paul St. Orvelle", "Paul St Orvelle", 3, 5, 0, LEX)).isNull();
        assertThat(RewriteEvidence.heldBack("Paul St. Orvelle", "Paul St Orvelle", 5, 3, 0, LEX)).isNotNull();
    }

    @Test
    void aSpellingNeverDropsAWordNorGoesTowardsARareFormNorJoinsTwoNamesOfOneArticle() {
        assertThat(change("Harlan Q. Fessick", "Harlan Fessick")).isEqualTo(Change.LETTERS);
        assertThat(RewriteEvidence.heldBack("Harlan Q. Fessick", "Harlan Fessick", 1, 9, 0, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("Harlan Fessick", "Harlan Q. Fessick", 1, 9, 0, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("Harlan E. Fessick", "Harlan Fessick", 1, 9, 0, LEX)).isNotNull();
        // an article is not a word of the name
        assertThat(RewriteEvidence.heldBack("Nadim Qassar", "Nadim al-Qasser", 4, 20, 0, LEX)).isNull();
        assertThat(RewriteEvidence.heldBack("Oster Trading", "Ostar Trading", 8, 1, 0, LEX)).isNotNull(); // towards a rare form
        assertThat(RewriteEvidence.heldBack("Dervla Kintore", "Dervla Kintorre", 1, 0, 0, LEX)).isNotNull(); // never written
        assertThat(RewriteEvidence.heldBack("Tarek Abdel Qadir", "Tarek Abdulqadir", 40, 6, 0, LEX)).isNull();
        // written in the same articles as the canonical spelling: two names ("Bb" and "Bbb" in a ratings table)
        assertThat(RewriteEvidence.heldBack("Vennick", "Venick", 6, 60, 2, LEX)).isNotNull();
        assertThat(RewriteEvidence.heldBack("Vennick", "Venick", 6, 60, 1, LEX)).isNull();
        assertThat(RewriteEvidence.heldBack("Dervla Kintore", "Dervla Kintorre", 1, 1, 1, LEX)).isNull(); // a one-off typo
        // words joined or split are not words dropped
        assertThat(RewriteEvidence.wordsDroppedOrAdded("Brisk-Varnholt Selby", "Brisk-Varnholt-Selby", LEX)).isFalse();
    }

    @Test
    void aNameGluedToMoreByAHyphenIsPartOfALongerName() {
        assertThat(ArticleNames.partOfLongerName("the tanker Velmora-4 was hit", 18)).isTrue();
        assertThat(ArticleNames.partOfLongerName("the tanker Velmora was hit", 18)).isFalse();
        assertThat(ArticleNames.partOfLongerName("near Velmora - a port", 12)).isFalse();
    }
}
