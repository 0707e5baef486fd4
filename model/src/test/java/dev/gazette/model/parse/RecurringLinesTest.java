package dev.gazette.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RecurringLinesTest {

    /** The key as first written with regular expressions: the fast key must equal it. */
    private static String regexKey(String line, int maxWords) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 120) {
            return null;
        }
        int words = 1;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                words++;
                if (words > maxWords) {
                    return null;
                }
            }
        }
        return Pattern.compile("\\s+").matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    @Test
    void theKeyFoldsSpacesAndCaseExactlyAsTheRegularExpressionsDo() {
        Random random = new Random(42);
        String alphabet = "aZ 09\t\u000B\f\u001C.-(#\u00A0\u2003İß";
        for (int n = 0; n < 40_000; n++) {
            boolean ascii = n % 2 == 0;
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(ascii ? 13 : alphabet.length())));
            }
            String line = sb.toString();
            String expected = regexKey(line, 6);
            assertThat(RecurringLines.key(line, 6)).as("key of [%s]", line).isEqualTo(expected);
            String framed = "x\n" + line + "\ny";
            assertThat(RecurringLines.keyHash(framed, 2, 2 + line.length(), 6)).as("hash of [%s]", line)
                    .isEqualTo(expected == null ? 0 : RecurringLines.hash(expected));
        }
    }

    @Test
    void countsEachLineOncePerArticleAcrossCaseVariantsButNotAcrossNumbers() {
        RecurringLines r = new RecurringLines(12);
        r.addArticle("Title\nComments (3)\nbody line\nComments (3)\nPay March 31\n");
        r.addArticle("Other\ncomments  (3)\nPay March 13\n");

        assertThat(r.articles()).isEqualTo(2);
        assertThat(r.articlesWith("COMMENTS (3)")).isEqualTo(2);
        assertThat(r.articlesWith("Pay March 31")).as("different figures are different lines").isEqualTo(1);
        assertThat(r.articlesWith("body line")).isEqualTo(1);
        assertThat(r.articlesWith("never seen")).isZero();
    }

    @Test
    void mergingPartialCountsEqualsCountingEverythingInOnePlace() {
        String[] articles = {"A\nshare this\n", "B\nshare this\nfollow us\n", "C\nfollow us\n", "D\nshare this\n"};
        RecurringLines whole = new RecurringLines(12);
        RecurringLines left = new RecurringLines(12);
        RecurringLines right = new RecurringLines(12);
        for (int i = 0; i < articles.length; i++) {
            whole.addArticle(articles[i]);
            (i % 2 == 0 ? left : right).add(right.keys(articles[i]));
        }

        left.merge(right);

        assertThat(left.articles()).isEqualTo(whole.articles());
        for (String line : new String[] {"share this", "follow us", "A", "D"}) {
            assertThat(left.articlesWith(line)).as(line).isEqualTo(whole.articlesWith(line));
        }
        assertThat(left.articlesWith("share this")).isEqualTo(3);
    }

    private static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.toString();
    }

    @Test
    void growsPastItsInitialCapacityWithoutLosingCounts() {
        RecurringLines r = new RecurringLines(12);
        for (int i = 0; i < 5_000; i++) {
            r.addArticle("line " + letters(i) + "\nshared\n");
        }

        assertThat(r.articlesWith("shared")).isEqualTo(5_000);
        assertThat(r.distinctLines()).isGreaterThan(1_000);
    }
}
