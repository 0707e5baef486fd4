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
 * alias-variant's rewrite reads as English: a canonical name that takes "the" gets it where the form stood as a noun
 * without one, a full stop that ended both the form and the sentence is kept, and a form joined to a word is not
 * rewritten (example folder {@code rules/alias-variant/grammar}, invented text).
 */
class AliasVariantGrammarTest {

    private static final Map<String, List<Finding>> FINDINGS = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        FINDINGS.putAll(AliasVariantExamples.findings("src/test/resources/rules/alias-variant/grammar"));
    }

    private static List<String> rewrites(String id) {
        return FINDINGS.get(id).stream().flatMap(f -> f.edits().stream()).map(TextEdit::replacement).toList();
    }

    @Test
    void aNounWithoutAnArticleGetsTheArticleTheCanonicalNameTakes() {
        assertThat(rewrites("g1")).containsExactly("the United States");
    }

    @Test
    void aNameOfSeveralWordsIsRewrittenAsOneWithItsArticle() {
        assertThat(rewrites("g7")).containsExactly("the Kurdistan Region");
    }

    @Test
    void atASentenceStartTheArticleIsCapitalised() {
        assertThat(rewrites("g3")).containsExactly("The United States");
    }

    @Test
    void aFullStopEndingTheAbbreviationAndTheSentenceIsKept() {
        assertThat(rewrites("g2")).containsExactly("United States.");
    }

    @Test
    void anAcronymBeforeANounNeedsNoArticle() {
        assertThat(rewrites("g4")).containsExactly("United States");
        assertThat(rewrites("g6")).as("an acronym in a hyphenated adjective").containsExactly("United States");
        assertThat(rewrites("g9")).as("a line break after the stop is no sentence end")
                .doesNotContain("United States.", "the United States.");
    }

    @Test
    void aNameAfterAnArticleAndItsModifierGetsNoSecondArticle() {
        assertThat(rewrites("g10")).as("a near-future America").containsExactly("United States");
    }

    @Test
    void aFormJoinedToAWordIsReportedWithoutARewrite() {
        assertThat(FINDINGS.get("g5")).singleElement().satisfies(f -> {
            assertThat(f.edits()).isEmpty();
            assertThat(f.suggestion()).contains("inside a word");
        });
    }

    @Test
    void namesHeadedByACommonNounTakeTheArticle() {
        assertThat(AliasVariantRule.takesTheArticle("United States")).isTrue();
        assertThat(AliasVariantRule.takesTheArticle("Islamic State")).isTrue();
        assertThat(AliasVariantRule.takesTheArticle("Saudi Arabia")).isFalse();
        assertThat(AliasVariantRule.takesTheArticle("Iran")).isFalse();
    }
}
