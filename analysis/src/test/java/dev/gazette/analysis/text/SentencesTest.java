package dev.gazette.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.standard().split(text).stream().map(b -> text.substring(b.start(), b.end())).toList();
    }

    @Test
    void doesNotEndSentencesAtAbbreviationsInitialsOrAcronyms() {
        assertThat(split("U.S. Treasury Secretary James A. Baker met Mr. Miyazawa on Jan. 5. They talked."))
                .containsExactly("U.S. Treasury Secretary James A. Baker met Mr. Miyazawa on Jan. 5.", "They talked.");
    }

    @Test
    void endsSentencesAtClosingQuotes() {
        assertThat(split("\u201cWe agree,\u201d he said. \u201cIt is done.\u201d Then they left."))
                .containsExactly("\u201cWe agree,\u201d he said.", "\u201cIt is done.\u201d", "Then they left.");
    }
}
