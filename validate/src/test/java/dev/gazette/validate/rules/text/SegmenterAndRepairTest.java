package dev.gazette.validate.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.Vocabulary;
import org.junit.jupiter.api.Test;

class SegmenterAndRepairTest {

    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void segmentsARunOfWordsIntoTheMostProbableSplit() {
        Segmenter.Split split = new Segmenter(lexicon).split("committedtotheagreement", Vocabulary.EMPTY);
        assertThat(split.joined()).isEqualTo("committed to the agreement");
        assertThat(split.allKnown()).isTrue();
        assertThat(split.margin()).isGreaterThan(6);
    }

    @Test
    void repairsMojibakeEncodedOnceOrTwice() {
        assertThat(EncodingRule.repair("\u00e2\u20ac\u2122")).isEqualTo("\u2019");
        assertThat(EncodingRule.repair("\u00c3\u00a9")).isEqualTo("\u00e9");
        assertThat(EncodingRule.repair("\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2")).isEqualTo("\u2019");
        assertThat(EncodingRule.repair("\u00e9t")).isNull();
    }
}
