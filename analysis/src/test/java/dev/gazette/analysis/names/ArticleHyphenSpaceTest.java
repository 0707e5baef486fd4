package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Some papers write a name's article with its hyphen and then a space ("Al- Quellan"): the article belongs to
 * the word after it, so the name runs on and its surface joins them again. Invented names and sentences.
 */
class ArticleHyphenSpaceTest {

    private static List<String> surfaces(String text) {
        return MentionExtractorTest.candidateSurfaces(text);
    }

    @Test
    void anArticleWrittenWithAHyphenAndASpaceStaysInTheName() {
        assertThat(surfaces("The decree was signed by Sheikh Tamar Al-Idris Al- Quellan on Monday."))
                .containsExactly("Tamar Al-Idris Al-Quellan");
        assertThat(surfaces("Defence chief Sheikh Dawud Al- Marran met the envoys."))
                .contains("Dawud Al-Marran");
    }

    @Test
    void aHyphenBeforeALowerCaseWordOrAfterAnotherWordEndsTheName() {
        // the controls: a dash after a name, then prose or another name, is no article
        assertThat(surfaces("He met Tamar Quellan- then left for Valmora.")).contains("Tamar Quellan")
                .doesNotContain("Tamar Quellan- then");
        assertThat(surfaces("Talks with Tamar Quellan- Valmora's envoy -went on.")).contains("Tamar Quellan");
    }
}
