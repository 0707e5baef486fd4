package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether two names are spellings of one name. */
class NameMatcherTest {

    private final NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());

    private boolean same(String a, String b) {
        return NameMatcher.matches(keys.key(a, false), keys.key(b, false));
    }

    @Test
    void matchesSpellingsOfOneName() {
        assertThat(same("Falih al-Fayyadh", "Faleh al-Fayyad")).isTrue();
        assertThat(same("Qasim al-Araji", "Qassim al-Araji")).isTrue();
        assertThat(same("Abu Mahdi al-Muhandis", "Abu Mahdi Muhandis")).isTrue();
        assertThat(same("Mustafa al-Kadhimi", "Mustafa al-Kazemi")).isTrue();
        assertThat(same("Ayman al-Zawahiri", "Ayman al-Zawahri")).isTrue();
        assertThat(same("Hezbollah", "Hizballah")).isTrue();
    }

    @Test
    void neverMatchesOnOneSharedWord() {
        assertThat(same("Ali Shamkhani", "Ali Larijani")).isFalse();
        assertThat(same("Ali Akbar Ahmadian", "Ali Larijani")).isFalse();
        assertThat(same("Qasim al-Araji", "Qassem Soleimani")).isFalse();
        assertThat(same("Kim Jong-un", "Kim Jong-il")).isFalse();
    }

    @Test
    void neverMatchesAPartialNameWithAFullName() {
        assertThat(same("Ahmadian", "Ali Akbar Ahmadian")).isFalse();
        assertThat(same("Kata'ib Hezbollah", "Hezbollah")).isFalse();
    }

    @Test
    void neverMatchesLookAlikesThatDifferInTheFirstVowelOrANisba() {
        assertThat(same("Iran", "Iraq")).isFalse();
        assertThat(same("Amman", "Oman")).isFalse();
        assertThat(same("Hasan ibn Ali", "Husayn ibn Ali")).isFalse();
        assertThat(same("Hashem", "Hashemi")).isFalse();
    }
}
