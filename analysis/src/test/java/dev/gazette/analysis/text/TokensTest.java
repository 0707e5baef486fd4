package dev.gazette.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one pass over a text: its tokens with their flags, and the words derived in the same pass. */
class TokensTest {

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Words.forEach(text, (s, e) -> out.add(s + ":" + text.substring(s, e)));
        return out;
    }

    private static List<String> derived(String text) {
        List<String> out = new ArrayList<>();
        Tokens.of(text).forEachWord((s, e) -> out.add(s + ":" + text.substring(s, e)));
        return out;
    }

    private static List<String> tokens(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            StringBuilder b = new StringBuilder(text.substring(t.start(i), t.end(i)));
            if (t.coreEnd(i) != t.end(i)) {
                b.append(" core=").append(text, t.start(i), t.coreEnd(i));
            }
            b.append(t.acronym(i) ? " acronym" : "").append(t.innerApostrophe(i) ? " apostrophe" : "")
                    .append(t.innerHyphen(i) ? " hyphen" : "").append(t.possessive(i) ? " possessive" : "")
                    .append(t.trailingApostrophe(i) ? " trailing" : "").append(t.breakBefore(i) ? " break" : "")
                    .append(t.stopBefore(i) ? " stop" : "");
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void findsTokensWithTheFlagsOfTheTextAlone() {
        assertThat(tokens("The U.S. envoy met Iran's al-Maliki. Jones' aides said: \u201CWe\u2019ll go\u201D at 5pm, goin' "
                + "'n' D.C"))
                .containsExactly("The", "U.S. acronym", "envoy", "met", "Iran's core=Iran apostrophe possessive",
                        "al-Maliki hyphen", "Jones possessive stop", "aides", "said", "We\u2019ll apostrophe break",
                        "go", "at", "5pm", "goin' trailing", "n", "D.C acronym");
    }

    @Test
    void derivedWordsAreTheWordsOfWords() {
        for (String text : List.of(
                "The U.S. and U.N.'s envoys met in Washington, D.C. on 5 March 1987.",
                "Iran\u2019s foreign minister, O\u2019Brien\u2019s aide and the Joneses' lawyers",
                "\u2018Quoted\u2019 and `odd\u00B4 and \u2032prime\u2032 apostrophes; Sa\u02BCid and \u02BBOkina",
                "al-Maliki, Jean\u2010Pierre, non\u2011breaking and em\u2014dash, en\u2013dash; F-16s and B-52",
                "\u0418\u0440\u0430\u043D \u0438 \u0420\u043E\u0441\u0441\u0438\u044F; \u0645\u062D\u0645\u062F "
                        + "\u0639\u0628\u062F; \u0928\u092E\u0938\u094D\u0924\u0947 \u0915\u0903; \u0130stanbul",
                "Combining: Jose\u0301 E\u0301cole, spacing mark \u0915\u0903x, A.B\u0301C and U.S\u0301 (a word across two tokens)",
                "x3y 2nd 10km H2O a1b2c3 \u24B6.\u24B7 \u00B2", "", "  ", "'", "s", "A.B.", "We'll-be X's'll")) {
            assertThat(derived(text)).as(text).isEqualTo(words(text));
        }
    }

    @Test
    void aWordMayStraddleTwoTokensOnlyAfterAnAcronym() {
        String text = "U.S\u0301";
        assertThat(tokens(text)).containsExactly("U.S acronym", "\u0301");
        assertThat(derived(text)).containsExactly("0:U", "2:S\u0301");
    }

    @Test
    void derivedWordsAgreeWithWordsOnRandomText() {
        String alphabet = "aAbBsSzZxX.'\u2019\u2018`-\u2010 \"\u201C:!?\u0130\u02BC\u0301\u0903\u24B65\u00E9\u0416\u0645\n";
        Random r = new Random(13);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(derived(text)).as(text).isEqualTo(words(text));
        }
    }

    @Test
    void readingOnFromInsideATokenIsThePassFromThere() {
        String text = "Damascus-based X'D.C. units";
        Tokens rest = Tokens.first(text, 8);
        assertThat(text.substring(rest.start(0), rest.end(0))).isEqualTo("based");
        Tokens acronym = Tokens.first(text, 17);
        assertThat(text.substring(acronym.start(0), acronym.end(0))).isEqualTo("D.C.");
        assertThat(acronym.acronym(0)).isTrue();
        Tokens piece = Tokens.piece("Iran's'll", 0, 6);
        assertThat(piece.end(0)).isEqualTo(6);
        assertThat(piece.coreEnd(0)).isEqualTo(4);
        assertThat(piece.possessive(0)).isTrue();
        assertThat(Tokens.first("  ", 0).size()).isZero();
    }
}
