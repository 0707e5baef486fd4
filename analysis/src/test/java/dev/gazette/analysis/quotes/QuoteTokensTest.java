package dev.gazette.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.text.RandomTexts;
import dev.gazette.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor's view of the shared tokens gives the words and punctuation marks that its
 * own tokeniser gave before it read the shared tokens (kept here as {@link #ownPass}, the oracle),
 * on tricky text and on random text over the characters quotations and attributions are made of.
 */
class QuoteTokensTest {

    private static List<String> view(String t) {
        QuoteTokens q = new QuoteTokens(t, Tokens.of(t));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            out.add(q.start(i) + ":" + q.text(i) + (q.word(i) ? "" : " mark"));
        }
        return out;
    }

    /** The extractor's tokeniser before it read the shared tokens: words, then single marks. */
    private static List<String> ownPass(String t) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < t.length()) {
                    char d = t.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
                            || d == '\u02BF' || d == '\u02BE' || d == '\u02BC') {
                        j++;
                    } else if ("-'\u2019\u2018\u2010\u2011".indexOf(d) >= 0 && j + 1 < t.length()
                            && Character.isLetterOrDigit(t.charAt(j + 1))) {
                        j += 2;
                    } else if (d == '.' && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))
                            && (j - i == 1 || t.charAt(j - 2) == '.')) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < t.length() && t.charAt(j) == '.' && initials(t, i, j)) {
                    j++;
                }
                out.add(i + ":" + t.substring(i, j));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < t.length() ? i + 2 : i + 1;
                out.add(i + ":" + t.substring(i, j) + " mark");
                i = j;
            }
        }
        return out;
    }

    private static boolean initials(String t, int from, int to) {
        if (to - from == 1) {
            return Character.isUpperCase(t.charAt(from));
        }
        for (int k = from + 1; k < to; k += 2) {
            if (t.charAt(k) != '.') {
                return false;
            }
        }
        return (to - from) % 2 == 1;
    }

    @Test
    void readsWordsAndMarksFromTheSharedTokens() {
        assertThat(view("\u201CWe\u2019ll go,\u201D said U.S. envoy J. Smith of COVID-19 fame, e.g. Iran's goin' home."))
                .containsExactly("0:\u201C mark", "1:We\u2019ll", "7:go", "9:, mark", "10:\u201D mark", "12:said",
                        "17:U.S.", "22:envoy", "28:J.", "31:Smith", "37:of", "40:COVID-19", "49:fame", "53:, mark",
                        "55:e.g.", "60:Iran's", "67:goin", "71:' mark", "73:home", "77:. mark");
    }

    @Test
    void givesTheWordsOfTheExtractorsOwnPass() {
        for (String t : List.of(
                "Baldrige, referring to the U.S.-Japan trade agreement on semiconductors, said: \"Their ...\"",
                "\u00ABNon,\u00BB a dit M. Dupont; \u201EJa\u201C, sagte Frau M\u00FCller; 'n' roll, rock'n'roll",
                "F-16s, B-52, 1980s-era, '90s, 3.5 pct, 12\" pipes, D.C, U.S.A., a.m. and p.m., Mr.Smith",
                "al-Maliki\u2019s aide, O\u2019Brien\u2019s, Jones' lawyers, Sa\u02BCid, \u0645\u062D\u0645\u062F said")) {
            assertThat(view(t)).as(t).isEqualTo(ownPass(t));
        }
    }

    @Test
    void givesTheWordsOfTheExtractorsOwnPassOnRandomText() {
        String alphabet = "aAbBsSJUe\u00E9\u0645\u062F0123456789 ..,,'\u2019\u2018--\u2010\u2011\"\u201C\u201D:!?()\u2014";
        for (String t : RandomTexts.of(alphabet, 20261206L, 20_000, 24)) {
            assertThat(view(t)).as(t).isEqualTo(ownPass(t));
        }
    }
}
