package dev.gazette.validate.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void knowsCommonWordsAndProperNounsWithTheirCapitals() {
        assertThat(lexicon.isCommonWord("understanding")).isTrue();
        assertThat(lexicon.isProperOnly("london")).isTrue();
        assertThat(lexicon.properForm("london")).isEqualTo("London");
        assertThat(lexicon.isCommonWord("turkey")).isTrue();
        assertThat(lexicon.isWord("qzxv")).isFalse();
    }

    @Test
    void ranksCommonWordsAboveRareOnesAndFunctionWordsAboveAll() {
        assertThat(lexicon.probability("of")).isGreaterThan(lexicon.probability("house"));
        assertThat(lexicon.probability("house")).isGreaterThan(lexicon.probability("quagmire"));
        assertThat(lexicon.level("the")).isEqualTo(10);
    }

    @Test
    void givesEnglishLookingUnknownWordsALowerCostThanRandomLetters() {
        assertThat(lexicon.unknownCost("brandle")).isLessThan(lexicon.unknownCost("xqzvkjw"));
    }

    @Test
    void recognisesAMisspellingOneTypingErrorFromACommonWord() {
        assertThat(lexicon.hasNearMiss("goverment")).isTrue();
        assertThat(lexicon.hasNearMiss("ofthe")).isFalse();
    }

    @Test
    void segmentsARunOfWordsIntoTheMostProbableSplit() {
        Segmenter.Split split = new Segmenter(lexicon).split("committedtotheagreement", Vocabulary.EMPTY);
        assertThat(split.joined()).isEqualTo("committed to the agreement");
        assertThat(split.allKnown()).isTrue();
        assertThat(split.margin()).isGreaterThan(6);
    }

    @Test
    void aUserWordListAddsWordsTheRulesThenKnow(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("words.txt");
        Files.writeString(list, "# domain words\nwindfarmco\nKestrelford\n");
        Lexicon extended = Lexicon.withFiles(List.of(list));
        assertThat(extended.isWord("windfarmco")).isTrue();
        assertThat(extended.properForm("kestrelford")).isEqualTo("Kestrelford");
        assertThat(lexicon.isWord("windfarmco")).isFalse();
        assertThat(Lexicon.withFiles(List.of(list))).isSameAs(extended);
    }

    @Test
    void repairsMojibakeEncodedOnceOrTwice() {
        assertThat(EncodingRule.repair("\u00e2\u20ac\u2122")).isEqualTo("\u2019");
        assertThat(EncodingRule.repair("\u00c3\u00a9")).isEqualTo("\u00e9");
        assertThat(EncodingRule.repair("\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2")).isEqualTo("\u2019");
        assertThat(EncodingRule.repair("\u00e9t")).isNull();
    }
}
