package dev.gazette.analysis.text;

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
    void aUserWordListAddsWordsTheRulesThenKnow(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("words.txt");
        Files.writeString(list, "# domain words\nwindfarmco\nKestrelford\n");
        Lexicon extended = Lexicon.withFiles(List.of(list));
        assertThat(extended.isWord("windfarmco")).isTrue();
        assertThat(extended.properForm("kestrelford")).isEqualTo("Kestrelford");
        assertThat(lexicon.isWord("windfarmco")).isFalse();
        assertThat(Lexicon.withFiles(List.of(list))).isSameAs(extended);
    }
}
