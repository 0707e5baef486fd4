package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news organisation is named with and without the words that name its news service ("Quill
 * News", "QBC News"): compared as a company with its legal form, not as a name held in a longer
 * one; a place or a person before those words is another entity, and so is a name of several words.
 */
class MediaNounTest {

    private static final int[] PERSON = {6, 0, 0, 0};

    private static NameClusterer.Form form(String surface, int[] votes) {
        int kinds = NameKeys.isAcronym(surface) ? NameClusterer.ACRONYM
                : surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE;
        return new NameClusterer.Form(surface, kinds, 20, 20, votes.clone(), null);
    }

    private static int nameLevel(String a, int[] va, String b) {
        NameClusterer clusterer = ClusterFixtures.clusterer(Registry.empty());
        return clusterer.comparer().nameLevel(clusterer.node(form(a, va)), clusterer.node(form(b, new int[4])));
    }

    @Test
    void aNetworkAndItsNewsServiceAreComparedAsACompanyAndItsLegalForm() {
        assertThat(nameLevel("QBC", new int[4], "QBC News")).isEqualTo(Comparison.CONTAINS_LEGAL);
        assertThat(nameLevel("Quillwire", new int[4], "Quillwire News")).isEqualTo(Comparison.CONTAINS_LEGAL);
    }

    @Test
    void otherWordsAfterTheNameAreNotANewsService() {
        // the controls: an acronym before other words is still compared letter for letter only, and
        // a name before other organisation words is held in the longer one as before
        assertThat(nameLevel("QBC", new int[4], "QBC Daily News")).isEqualTo(-1);
        assertThat(nameLevel("Quillwire", new int[4], "Quillwire Daily News")).isEqualTo(Comparison.CONTAINS_OTHER);
    }

    @Test
    void aNameOfSeveralWordsBeforeNewsIsHeldInItAsBefore() {
        // "Islamic Republic News Agency" is not the Islamic Republic: a descriptive name of several
        // words before "News" is compared as any name held in a longer one
        assertThat(nameLevel("Ostrell Republic", new int[4], "Ostrell Republic News")).isEqualTo(Comparison.CONTAINS_OTHER);
    }

    @Test
    void aPlaceOrAPersonBeforeNewsIsAnotherEntity() {
        assertThat(nameLevel("London", new int[4], "London News")).isEqualTo(-1);
        assertThat(nameLevel("Quillwire", PERSON, "Quillwire News")).isEqualTo(-1);
        // a town that is no place of the gazetteer but typed place by its cues ("in Quillton")
        assertThat(nameLevel("Quillton", new int[] {0, 0, 4, 0}, "Quillton News")).isNotEqualTo(Comparison.CONTAINS_LEGAL);
    }
}
