package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts that make clustering a million forms fast give what the slower code they replace
 * gives: word counts without a regular expression, the three keys of a name from one reading of
 * its words, word keys from a cache, weights formatted from a cache. (Links written out when
 * first read are checked against links written out at once in {@link NameClusteringTest}.)
 */
class ClusteringShortcutsTest {

    private static final List<String> NAMES = List.of("Hashd al-Sha'abi", "HASHD AL-SHA’ABI", "Ḥashd al-Shaʿābī",
            "al-Fayyadh", "Al Fayyadh", "U.S. Treasury", "Abd al-Hakim", "Abdelhakim", "Abdul Hakim", "NATO", "U.S.",
            "Ministry of Defence", "Defense Ministry", "Revolutionary Guards", "Revolutionary Guard Corps", "al",
            "Al", "El", "al-", "-Hashd", "Nêçîrvan Barzanî", "Amir-Abdollahian", "Bank of England", "Kraków",
            "St. John's", "AT&T", "Telecast Inc", "Marriot Hotels", "Texas Appelate Court", "de la Cruz", "bin Laden",
            "Abu Ali al-Basri", "  Kerbala  ", "Zawahri Tape Urges Resistance", "X", "");

    private static Entity entityOf(List<NameClusterer.Form> forms, String surface) {
        return ClusterFixtures.entityOf(ClusterFixtures.cluster(Registry.standard(), forms, Map.of()), surface);
    }

    private static NameClusterer.Form form(String surface, int mentions, int articles) {
        return ClusterFixtures.form(surface, NameClusterer.FULL, mentions, articles);
    }

    @Test
    void theCanonicalFormIsTheMostPreferredThatIsNoTypingError() {
        // the most mentioned form is a typing error of another: the next one is chosen, and said why
        Entity typo = entityOf(List.of(form("NEw Technology", 5, 5), form("New Technology", 2, 2),
                form("Gold Fields", 1, 1)), "New Technology");
        assertThat(typo.forms()).containsExactly("NEw Technology", "New Technology");
        assertThat(typo.name()).isEqualTo("New Technology");
        assertThat(typo.reason()).isEqualTo(
                "the most frequent form that is not a typing error of another ('NEw Technology' looks like one)");
        // no typing error: the most mentioned, then the most articles, then more words, then alphabetical
        Entity frequent = entityOf(List.of(form("Mohammed Reza Nasseri", 2, 2), form("Muhammad Reza Naseri", 5, 3),
                form("Mohammad Reza Naseri", 1, 1)), "Muhammad Reza Naseri");
        assertThat(frequent.forms()).hasSize(3);
        assertThat(frequent.name()).isEqualTo("Muhammad Reza Naseri");
        assertThat(frequent.reason()).isEqualTo("the most frequent form of this name in the corpus (5 of 8 mentions)");
        Entity articles = entityOf(List.of(form("Mohammed Reza Nasseri", 2, 1), form("Muhammad Reza Naseri", 2, 2)),
                "Muhammad Reza Naseri");
        assertThat(articles.name()).isEqualTo("Muhammad Reza Naseri");
        assertThat(articles.reason()).isEqualTo("as frequent as 'Mohammed Reza Nasseri' but in more articles (2)");
        Entity tied = entityOf(List.of(form("Muhammad Reza Naseri", 2, 2), form("Mohammed Reza Nasseri", 2, 2)),
                "Muhammad Reza Naseri");
        assertThat(tied.name()).isEqualTo("Mohammed Reza Nasseri");
        assertThat(tied.reason()).startsWith("tied with 'Muhammad Reza Naseri' on mentions and articles");
        Entity alone = entityOf(List.of(form("Karim Haddad", 3, 2)), "Karim Haddad");
        assertThat(alone.name()).isEqualTo("Karim Haddad");
        assertThat(alone.reason()).isEqualTo("the only full form of this name in the corpus");
    }

    @Test
    void countsWordsAsTheWordBreakSplitDoes() {
        List<String> fixed = List.of("", " ", "-", " - ", "a", "a b", " a b", "a b ", "-a-b-", "a\u2010b\u2011c",
                "a\tb\nc", "a\u00A0b", "a\u000Bb\fc\rd", "--a", "a--", "  ", "Bashar al-Assad", " Al-Maliki ");
        for (String s : fixed) {
            assertThat(FormNode.pieces(s)).as("'%s'", s).isEqualTo(NameClusterer.WORD_BREAK.split(s).length);
        }
        char[] alphabet = {'a', 'B', ' ', '-', '\u2010', '\u2011', '\t', '\n', '\u00A0', '\u2009', '.'};
        SplittableRandom random = new SplittableRandom(14);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertThat(FormNode.pieces(s)).as("'%s'", s).isEqualTo(NameClusterer.WORD_BREAK.split(s).length);
        }
    }

    @Test
    void theThreeKeysReadOnceAreTheKeysOfEachStem() {
        NameKeys keys = new NameKeys(Lexicon.standard(), Transliteration.standard());
        for (String name : NAMES) {
            NameKeys.NameKey[] all = keys.keys(name);
            assertThat(all).as(name).containsExactly(keys.key(name, NameKeys.Stem.NONE),
                    keys.key(name, NameKeys.Stem.SPELLING), keys.key(name, NameKeys.Stem.INFLECTION));
            assertThat(keys.key(name, false)).as(name).isEqualTo(all[0]);
        }
    }

    @Test
    void cachedWordKeysAreTheKeysOfAFreshReading() {
        NameKeys warm = new NameKeys(Lexicon.standard(), Transliteration.standard());
        for (String name : NAMES) {
            warm.key(name, NameKeys.Stem.INFLECTION);
        }
        for (String name : NAMES) {
            for (NameKeys.Stem stem : NameKeys.Stem.values()) {
                NameKeys fresh = new NameKeys(Lexicon.standard(), Transliteration.standard());
                assertThat(warm.key(name, stem)).as(name + " " + stem).isEqualTo(fresh.key(name, stem));
            }
        }
    }

    @Test
    void weightsAreFormattedAsStringFormatWritesThem() {
        List<Double> fixed = List.of(0.0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.35, 0.45, -0.25, -0.35, 1.45, 2.5e-17,
                -2.5e-17, 123.456, -9.95, 9.95, 99.95, 1e9, Double.MIN_VALUE, -Double.MIN_VALUE);
        for (double w : fixed) {
            assertThat(NameComparison.signed(w)).as("%s", w).isEqualTo(String.format(Locale.ROOT, "%+.1f", w));
            assertThat(NameComparison.signed(w)).as("%s again", w).isEqualTo(String.format(Locale.ROOT, "%+.1f", w));
        }
        SplittableRandom random = new SplittableRandom(14);
        for (int t = 0; t < 20_000; t++) {
            double w = random.nextInt(2) == 0 ? (random.nextInt(4001) - 2000) / 20.0 : random.nextDouble(-40, 40);
            assertThat(NameComparison.signed(w)).as("%s", w).isEqualTo(String.format(Locale.ROOT, "%+.1f", w));
        }
    }
}
