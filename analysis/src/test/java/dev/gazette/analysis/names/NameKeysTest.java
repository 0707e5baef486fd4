package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comparison keys of transliterated names. */
class NameKeysTest {

    private final NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());

    private String key(String name) {
        return keys.key(name, false).concat();
    }

    @Test
    void foldsCaseAccentsAndApostropheLookAlikes() {
        assertThat(key("Hashd al-Sha'abi")).isEqualTo(key("HASHD AL-SHA’ABI")).isEqualTo(key("Hashd al-Shaʿabi"))
                .isEqualTo(key("Ḥashd al-Shaʿābī"));
    }

    @Test
    void treatsTheArticleAsOptionalOnlyWhenWrittenAsOne() {
        assertThat(key("al-Fayyadh")).isEqualTo(key("Fayyadh")).isEqualTo(key("Al Fayyadh"));
        assertThat(key("U.S. Treasury")).isNotEqualTo(key("Treasury"));
    }

    @Test
    void foldsTransliterationPairs() {
        assertThat(key("Fayyadh")).isEqualTo(key("Fayyad"));
        assertThat(key("Qassem")).isEqualTo(key("Qasim")).isEqualTo(key("Kassem")).isEqualTo(key("Ghasem"));
        assertThat(key("Mahmoud")).isEqualTo(key("Mahmud"));
        assertThat(key("Haniyeh")).isNotEqualTo(key("Haniya")); // -eh and -a: a final E, matched by NameMatcher
        assertThat(NameMatcher.sameWord(key("Haniyeh"), key("Haniya"))).isTrue();
        assertThat(key("Amir-Abdollahian")).isEqualTo(key("Amir Abdollahian")).isEqualTo(key("Amirabdollahian"));
        assertThat(key("Abd al-Hakim")).isEqualTo(key("Abdelhakim")).isEqualTo(key("Abdul Hakim"));
    }

    @Test
    void readsYBetweenVowelsAsAConsonant() {
        assertThat(key("Mayadin")).isNotEqualTo(key("Midan")).isEqualTo(key("al-Mayadeen"));
        assertThat(key("Daraya")).isNotEqualTo(key("Daraa"));
        assertThat(key("Sayyed")).isEqualTo(key("Sayed")).isEqualTo(key("Seyed"));
        assertThat(key("Lattakiya")).isEqualTo(key("Latakia")); // after i, y is the i's glide
    }

    @Test
    void keysAWordInCapitalsInsideANameLetterForLetter() {
        assertThat(key("EAC Industries Inc")).isNotEqualTo(key("IC Industries Inc"));
        assertThat(key("U.S. Treasury")).isEqualTo(key("US Treasury"));
        assertThat(key("BASHAR AL-ASSAD")).isEqualTo(key("Bashar al-Assad")); // shouted, not acronyms
    }

    @Test
    void keepsWhatTellsNamesApart() {
        assertThat(key("Iran")).isNotEqualTo(key("Iraq"));
        assertThat(key("Hassan")).isNotEqualTo(key("Hussein"));
        assertThat(key("Khamenei")).isNotEqualTo(key("Khomeini"));
        assertThat(key("Basri")).isNotEqualTo(key("Basra"));
        assertThat(key("Soleimani")).isNotEqualTo(key("Suleiman"));
    }

    @Test
    void foldsEnglishEndingsOnlyForOrganisations() {
        assertThat(keys.key("Islamic Revolution Guards Corps", true).concat())
                .isEqualTo(keys.key("Islamic Revolutionary Guard Corps", true).concat());
        assertThat(key("Islamic Revolution Guards Corps")).isNotEqualTo(key("Islamic Revolutionary Guard Corps"));
    }
}
