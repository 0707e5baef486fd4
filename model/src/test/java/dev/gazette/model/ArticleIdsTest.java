package dev.gazette.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            002_5bec011eb4161289         | 002_5bec011eb4161289
            my story                     | my-story
            Gaza talks (draft 2)         | Gaza-talks-draft-2
            a - b                        | a-b
            -draft                       | draft
            ..hidden                     | hidden
            report, final!               | report-final
            حماس غزة                     | حماس-غزة
            @risk                        | risk
            ???                          | article
            a--b                         | a--b
            """)
    void turnsANameIntoAnId(String name, String id) {
        assertThat(ArticleIds.friendly(name)).isEqualTo(id);
        assertThat(id).matches(Article.ID_PATTERN);
    }

    @Test
    void aDecomposedAccentIsComposedFirst() {
        assertThat(ArticleIds.friendly("cafe\u0301 story")).isEqualTo("caf\u00e9-story");
    }

    @Test
    void controlCharactersAndSeparatorsNeverReachTheId() {
        assertThat(ArticleIds.friendly("a\nb\u0000c/d\\e\u202Ef")).isEqualTo("a-b-c-d-e-f");
    }

    @Test
    void aLongNameIsCutLeavingRoomForASuffix() {
        String id = ArticleIds.friendly("x ".repeat(500));
        assertThat(id.length()).isLessThanOrEqualTo(ArticleIds.MAX_DERIVED_LENGTH);
        assertThat(id + "-99").matches(Article.ID_PATTERN);
        assertThat(id).doesNotEndWith("-");
    }
}
