package dev.gazette.analysis.names;

import static dev.gazette.analysis.names.ClusterFixtures.entityOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is named after a person or a place is another entity: a person's name followed by
 * organisation words names an organisation ("... Foundation"), and a place of several words in
 * the gazetteer is not the place its last word names ("Latin America" is not "America"). An
 * organisation written with and without its class noun stays one.
 */
class NamedAfterTest {

    /** Typed person by its cues (votes: person, organisation, place, other). */
    private static final int[] PERSON = {6, 0, 0, 0};

    private static NameClusterer.Form form(String surface, int[] votes) {
        int kinds = surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE;
        return new NameClusterer.Form(surface, kinds, 20, 20, votes.clone(), null);
    }

    private static NameIndex cluster(NameClusterer.Form a, NameClusterer.Form b) {
        return ClusterFixtures.cluster(Registry.empty(), List.of(a, b),
                Map.of(NameStatistic.pair(a.surface(), b.surface()), 3));
    }

    private static int nameLevel(NameClusterer.Form a, NameClusterer.Form b) {
        NameClusterer clusterer = ClusterFixtures.clusterer(Registry.empty());
        return clusterer.comparer().nameLevel(clusterer.node(a), clusterer.node(b));
    }

    @Test
    void aSurnameUsedForAPersonIsNotTheFoundationNamedAfterIt() {
        NameClusterer.Form surname = form("Quellmark", PERSON);
        NameClusterer.Form foundation = form("Quellmark Foundation", new int[4]);
        assertThat(nameLevel(surname, foundation)).isEqualTo(-1);
        assertThat(entityOf(cluster(surname, foundation), "Quellmark").forms()).containsExactly("Quellmark");
    }

    @Test
    void aFullNameLedByAGivenNameIsNotTheInstituteNamedAfterIt() {
        // "Robert" is a given name of the lexicon: the form is a person's name without any cue
        NameClusterer.Form person = form("Robert T. Quellmark", new int[4]);
        NameClusterer.Form institute = form("Robert T. Quellmark Institute", new int[4]);
        assertThat(nameLevel(person, institute)).isEqualTo(-1);
        assertThat(entityOf(cluster(person, institute), "Robert T. Quellmark").forms())
                .containsExactly("Robert T. Quellmark");
    }

    @Test
    void aCompanyTypedPersonKeepsItsLegalForm() {
        // "Quellmark said" types the company's name alone a person: "Quellmark Co" is still Quellmark
        // with its legal form ("co" is both a legal form and an organisation word of the lexicon)
        assertThat(nameLevel(form("Quellmark", PERSON), form("Quellmark Co", new int[4])))
                .isEqualTo(Comparison.CONTAINS_LEGAL);
        assertThat(nameLevel(form("Quellmark", PERSON), form("Quellmark AG", new int[4])))
                .isEqualTo(Comparison.CONTAINS_LEGAL);
    }

    @Test
    void anOrganisationWithAndWithoutItsClassNounIsStillCompared() {
        // the control: a name that is no person's or place's keeps its organisation words
        NameClusterer.Form name = form("Quellmark", new int[4]);
        NameClusterer.Form foundation = form("Quellmark Foundation", new int[4]);
        assertThat(nameLevel(name, foundation)).isNotEqualTo(-1);
    }

    @Test
    void aPlaceOfSeveralWordsInTheGazetteerIsNotThePlaceOfItsLastWord() {
        // "latin america", "central asia" are places of the gazetteer; "Latin" is no direction
        assertThat(nameLevel(form("America", new int[4]), form("Latin America", new int[4]))).isEqualTo(-1);
        assertThat(nameLevel(form("Asia", new int[4]), form("Central Asia", new int[4]))).isEqualTo(-1);
        assertThat(entityOf(cluster(form("America", new int[4]), form("Latin America", new int[4])), "America").forms())
                .containsExactly("America");
    }

    @Test
    void aNameAfterAWordThatMakesNoListedPlaceIsStillHeldInIt() {
        // the control: "Ostrell Valmora" is no place of the gazetteer
        assertThat(nameLevel(form("Valmora", new int[4]), form("Ostrell Valmora", new int[4]))).isNotEqualTo(-1);
    }

    @Test
    void aPlaceOfTheGazetteerIsNotALongerNameEndingWithIt() {
        // a company named after the city, with the city's article ("Remmat Al-Tunis"), and a person whose
        // surname is the city: neither is the city
        NameClusterer.Form city = form("Tunis", new int[] {0, 0, 6, 0});
        assertThat(nameLevel(city, form("Remmat Al-Tunis", new int[] {0, 6, 0, 0}))).isEqualTo(-1);
        assertThat(nameLevel(city, form("Dellan Tunis", PERSON))).isEqualTo(-1);
        // the control: the city with its article alone is still the city
        assertThat(nameLevel(city, form("Al-Tunis", new int[4]))).isNotEqualTo(-1);
    }

    @Test
    void aFathersNameInsideHisSonsNasabIsNotTheSon() {
        // the father's name after "bin" in the son's name, and the father's chain after the son's given name
        assertThat(nameLevel(form("Tamar", PERSON), form("Idris bin Tamar", PERSON))).isEqualTo(-1);
        assertThat(nameLevel(form("Tamar Al-Idris Al-Dawud", PERSON), form("Sami Tamar Al-Idris Al-Dawud", PERSON)))
                .isEqualTo(-1);
        assertThat(nameLevel(form("Tamar bin Idris Al Dawud", PERSON), form("Sami Tamar bin Idris Al Dawud", PERSON)))
                .isEqualTo(-1);
    }

    @Test
    void aShortFormOfOneNameIsStillContained() {
        // the controls: a title before the nasab, a middle name left out, a surname alone, "Ben" opening a name
        assertThat(nameLevel(form("Tamar Al-Idris Al-Dawud", PERSON), form("Highness Tamar Al-Idris Al-Dawud", PERSON)))
                .isNotEqualTo(-1);
        assertThat(nameLevel(form("Idris bin Tamar", PERSON), form("Crown Prince Idris bin Tamar", PERSON)))
                .isNotEqualTo(-1);
        assertThat(nameLevel(form("Javad Quellani", PERSON), form("Mohammad Javad Quellani", PERSON))).isNotEqualTo(-1);
        assertThat(nameLevel(form("Al-Dawud", PERSON), form("Idris bin Tamar Al-Dawud", PERSON))).isNotEqualTo(-1);
        assertThat(nameLevel(form("Quellan", PERSON), form("Ben Quellan", PERSON))).isNotEqualTo(-1);
    }
}
