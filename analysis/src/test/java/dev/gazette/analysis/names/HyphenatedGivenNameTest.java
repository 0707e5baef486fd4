package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.MentionExtractorTest.candidateSurfaces;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A hyphenated given name written after a surname ("Lem Tae-un", "Varo Chan-o-pha") is one word of the name, though its
 * parts after the hyphen are lower-case: they are romanised syllables, not the English word at which "Quell-based" ends.
 */
class HyphenatedGivenNameTest {

    @Test
    void keepsAHyphenatedGivenNameAfterTheSurnameWhole() {
        assertThat(candidateSurfaces("Speaker Lem Tae-un met Prime Minister Varo Chan-o-pha in Dunmere on Monday."))
                .contains("Lem Tae-un", "Varo Chan-o-pha").doesNotContain("Lem Tae", "Varo Chan");
        assertThat(candidateSurfaces("The talks of Sung Mi-yeol and Hoa Ding-hui's aides ended."))
                .contains("Sung Mi-yeol", "Hoa Ding-hui");
    }

    @Test
    void stillCutsANameAtAnEnglishWordAfterItsHyphen() {
        assertThat(candidateSurfaces("The Quell-based firm sold New Valmora-made cars to the Ostrell Kong-run agency."))
                .contains("Quell", "New Valmora", "Ostrell Kong")
                .doesNotContain("New Valmora-made", "Ostrell Kong-run");
        assertThat(candidateSurfaces("Dunmere Sea-linked ports and the Varo Bay-born singer."))
                .doesNotContain("Dunmere Sea-linked", "Varo Bay-born");
    }
}
