package dev.gazette.validate.rules.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where alias-variant offers its rewrite: in running prose only. In a quotation, a list or menu line, or the
 * acronym's own definition the name is reported without an edit; a capitalised verb opening a question and a form
 * the article defines as the acronym of something else are no mention of the entity (example folder
 * {@code rules/alias-variant/placement}, invented text).
 */
class AliasVariantPlacementTest {

    private static final Map<String, List<Finding>> FINDINGS = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        FINDINGS.putAll(AliasVariantExamples.findings("src/test/resources/rules/alias-variant/placement"));
    }

    @Test
    void anAliasInRunningProseIsRewritten() {
        assertThat(FINDINGS.get("p7")).singleElement().satisfies(f -> assertThat(f.edits()).isNotEmpty());
    }

    @Test
    void anAliasInAParagraphOfProseEndingInAColonIsRewritten() {
        assertThat(FINDINGS.get("p9")).singleElement().satisfies(f -> assertThat(f.edits()).isNotEmpty());
    }

    @Test
    void anAliasInsideAQuotationIsReportedWithoutARewrite() {
        assertThat(FINDINGS.get("p2")).singleElement().satisfies(f -> {
            assertThat(f.edits()).isEmpty();
            assertThat(f.suggestion()).contains("inside a quotation");
        });
    }

    @Test
    void anAliasInAListLineIsReportedWithoutARewrite() {
        assertThat(FINDINGS.get("p3")).singleElement().satisfies(f -> assertThat(f.edits()).isEmpty());
    }

    @Test
    void theAcronymsOwnDefinitionIsReportedWithoutARewrite() {
        assertThat(FINDINGS.get("p5")).singleElement().satisfies(f -> {
            assertThat(f.edits()).isEmpty();
            assertThat(f.suggestion()).contains("in parentheses");
        });
    }

    @Test
    void aCapitalisedVerbOpeningAQuestionIsNoAlias() {
        assertThat(FINDINGS.get("p4")).isEmpty();
    }

    @Test
    void anAcronymTheArticleDefinesAsSomethingElseIsNoAlias() {
        assertThat(FINDINGS.get("p6")).isEmpty();
        assertThat(AliasVariantRule.definedAsSomethingElse(
                "the head of ISIS (Institute of Security and International Studies) spoke", "ISIS", "Islamic State"))
                .isTrue();
        assertThat(AliasVariantRule.definedAsSomethingElse(
                "the Institute of Security and International Studies (ISIS) said", "ISIS", "Islamic State")).isTrue();
        assertThat(AliasVariantRule.definedAsSomethingElse("the Islamic State (ISIS) said", "ISIS", "Islamic State"))
                .isFalse();
        assertThat(AliasVariantRule.definedAsSomethingElse("a photo by Jane Roe from USA (Harbour Fish and Chips)",
                "USA", "United States")).as("a bracket whose initials do not spell the form defines nothing").isFalse();
    }
}
