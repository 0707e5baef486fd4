package dev.gazette.validate.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.TextEdit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * alias-variant leaves someone's own words as written where no quotation mark encloses them: a block quotation, a
 * transcript's turns and a quoted excerpt are reported without a rewrite, while the same name in running prose, also
 * in wire copy whose paragraphs are all indented, is rewritten (example folder {@code rules/alias-variant/quoted-speech},
 * invented text).
 */
class AliasVariantQuotedSpeechTest {

    private static final Map<String, List<Finding>> FINDINGS = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        FINDINGS.putAll(AliasVariantExamples.findings("src/test/resources/rules/alias-variant/quoted-speech"));
    }

    private static List<String> rewrites(String id) {
        return FINDINGS.get(id).stream().flatMap(f -> f.edits().stream()).map(TextEdit::replacement).toList();
    }

    private static void keptAs(String id, String reason) {
        assertThat(FINDINGS.get(id)).singleElement().satisfies(f -> {
            assertThat(f.edits()).isEmpty();
            assertThat(f.suggestion()).contains(reason);
        });
    }

    @Test
    void aBlockQuotationAfterASpeakersColonIsLeftAsWritten() {
        keptAs("s1", "in a block quotation");
    }

    @Test
    void theTurnsOfATranscriptAreLeftAsWritten() {
        keptAs("s2", "in a transcript");
    }

    @Test
    void aQuotedExcerptWithAnEditorsBracketsIsLeftAsWritten() {
        keptAs("s3", "in a quoted excerpt");
    }

    @Test
    void runningProseIsRewrittenAlsoInWireCopyIndentedThroughout() {
        assertThat(rewrites("s4")).containsExactly("the United States");
        assertThat(rewrites("s5")).containsExactly("the United States");
        assertThat(rewrites("s6")).as("an indented paragraph after a blank line and a sentence end")
                .containsExactly("the United States");
        assertThat(rewrites("s7")).as("labels of figures are no speakers").containsExactly("the United States");
    }
}
