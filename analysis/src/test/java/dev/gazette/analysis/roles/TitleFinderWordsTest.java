package dev.gazette.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.text.RandomTexts;
import dev.gazette.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The title finder reads its words from the shared tokens ({@link TitleFinder.WordRuns}); they are
 * the words its own pattern found before (kept here as the oracle), on tricky text and on random
 * text over the characters of titles, names and their punctuation.
 */
class TitleFinderWordsTest {

    private static final Pattern OWN_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'\u2019\\-\u2010\u2011][\\p{L}\\p{N}]+)*");

    /** The words and marks of {@code t} as the finder's scan visits them, a word ending where {@code end} says. */
    private static List<String> scan(String t, IntUnaryOperator end) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int e = Character.isLetterOrDigit(c) ? end.applyAsInt(i) : -1;
            if (e > i) {
                out.add(i + ":" + t.substring(i, e));
                i = e;
            } else {
                out.add(i + ":" + c + " mark");
                i++;
            }
        }
        return out;
    }

    private static List<String> shared(String t) {
        TitleFinder.WordRuns words = new TitleFinder.WordRuns(t, Tokens.of(t));
        return scan(t, words::endOfWordAt);
    }

    private static List<String> own(String t) {
        Matcher m = OWN_WORD.matcher(t);
        return scan(t, i -> m.find(i) && m.start() == i ? m.end() : -1);
    }

    @Test
    void readsWordsFromTheSharedTokens() {
        assertThat(shared("Iran's U.S.-based envoy, 3.5 pct, COVID-19 e.g. goin' Mr.Smith"))
                .containsExactly("0:Iran's", "7:U.S", "10:. mark", "11:- mark", "12:based", "18:envoy", "23:, mark",
                        "25:3.5", "29:pct", "32:, mark", "34:COVID-19", "43:e.g", "46:. mark", "48:goin", "52:' mark",
                        "54:Mr.Smith");
    }

    @Test
    void givesTheWordsOfTheFindersOwnPattern() {
        for (String t : List.of(
                "Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian",
                "the U.S.-Japan trade agreement, F-16s, B-52, 1980s-era, '90s, D.C, U.S.A., a.m. and p.m.",
                "al-Maliki\u2019s aide, O\u2019Brien\u2019s, Jones' lawyers, Sa\u02BCid, \u0645\u062D\u0645\u062F",
                "Jean\u2010Pierre, non\u2011breaking, Nasrallah's deputy and Hezbollah\u2019s")) {
            assertThat(shared(t)).as(t).isEqualTo(own(t));
        }
    }

    @Test
    void givesTheWordsOfTheFindersOwnPatternOnRandomText() {
        String alphabet = "aAbBsSJUe\u00E9\u0645\u062F0123456789 ..,,'\u2019--\u2010\u2011\"\u201C:()\u2014";
        for (String t : RandomTexts.of(alphabet, 20261206L, 20_000, 24)) {
            assertThat(shared(t)).as(t).isEqualTo(own(t));
        }
    }
}
