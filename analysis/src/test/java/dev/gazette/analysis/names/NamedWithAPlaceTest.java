package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is named with a place is not the place: a group, a shop, a team or an event whose name ends with a place of
 * the gazetteer ("Rainbow Tunis", "Team Tunis") is another name than the place, whatever its type, unless the words
 * before the place only qualify it ("Greater Tunis"); a facility "of" a place ("Mall of Tunis") is one name; a
 * people's adjective before a person's full name ("Ethiopian Sarit Quellmark") and a profession written as a title
 * ("Advocate Orvane Quellmark") are no part of the name. Invented sentences and names (the places and demonyms are
 * the gazetteer's and the lexicon's).
 */
class NamedWithAPlaceTest {

    private static NameClusterer.Form form(String surface, int[] votes) {
        int kinds = surface.contains(" ") ? NameClusterer.FULL : NameClusterer.SINGLE;
        return new NameClusterer.Form(surface, kinds, 20, 20, votes.clone(), null);
    }

    private static int nameLevel(NameClusterer.Form a, NameClusterer.Form b) {
        NameClusterer clusterer = ClusterFixtures.clusterer(Registry.empty());
        return clusterer.comparer().nameLevel(clusterer.node(a), clusterer.node(b));
    }

    private static NameIndex cluster(NameClusterer.Form a, NameClusterer.Form b) {
        return ClusterFixtures.cluster(Registry.empty(), List.of(a, b),
                Map.of(NameStatistic.pair(a.surface(), b.surface()), 3));
    }

    private static List<String> surfaces(String text) {
        return MentionExtractorTest.candidateSurfaces(text);
    }

    @Test
    void aGroupOrATeamNamedWithAPlaceIsNotThePlace() {
        NameClusterer.Form city = form("Tunis", new int[] {0, 0, 6, 0});
        // no type cue at all, and typed place by the gazetteer's word inside it: neither is the city
        assertThat(nameLevel(city, form("Rainbow Tunis", new int[4]))).isEqualTo(-1);
        assertThat(nameLevel(city, form("Team Tunis", new int[] {0, 0, 4, 0}))).isEqualTo(-1);
        assertThat(nameLevel(city, form("Afro Fest Tunis", new int[4]))).isEqualTo(-1);
    }

    @Test
    void aShopNamedWithAPlaceTheGazetteerDoesNotListIsNotThePlace() {
        // typed place by its own word ("Bay"), never a person's name
        assertThat(nameLevel(form("Quell Bay", new int[] {0, 0, 40, 0}), form("Spar Quell Bay", new int[4]))).isEqualTo(-1);
        // the control: a surname typed place only by the prepositions before it ("to Quellmark") is still held in
        // the full name
        assertThat(nameLevel(form("Quellmark", new int[] {0, 0, 20, 0}), form("Arpita Quellmark", new int[4])))
                .isNotEqualTo(-1);
    }

    @Test
    void aQualifiedPlaceIsStillThePlace() {
        // the control: a qualifier of the place only
        NameClusterer.Form city = form("Tunis", new int[] {0, 0, 6, 0});
        assertThat(nameLevel(city, form("Greater Tunis", new int[] {0, 0, 4, 0}))).isNotEqualTo(-1);
    }

    @Test
    void aStatesFormalNameIsTheState() {
        NameClusterer.Form country = form("Kenya", new int[] {0, 0, 6, 0});
        // the short name written far more often, as news copy writes it
        NameIndex index = cluster(new NameClusterer.Form("Kenya", NameClusterer.SINGLE, 60, 20, new int[] {0, 0, 6, 0},
                null), form("Republic of Kenya", new int[] {0, 0, 4, 0}));
        assertThat(ClusterFixtures.entityOf(index, "Kenya").forms()).contains("Republic of Kenya");
        // the short name stays the canonical name
        assertThat(ClusterFixtures.entityOf(index, "Kenya").name()).isEqualTo("Kenya");
        assertThat(nameLevel(country, form("Arab Republic of Kenya", new int[] {0, 0, 4, 0}))).isNotEqualTo(-1);
    }

    @Test
    void aGovernmentOrAnotherStateOfTheNameIsNotTheState() {
        // the controls: the government of the state, a formal name of another state
        NameClusterer.Form country = form("Kenya", new int[] {0, 0, 6, 0});
        assertThat(nameLevel(country, form("Government of the Republic of Kenya", new int[] {0, 4, 0, 0})))
                .isEqualTo(-1);
        assertThat(nameLevel(form("Congo", new int[] {0, 0, 6, 0}),
                form("Democratic Republic of the Congo", new int[] {0, 0, 4, 0}))).isEqualTo(-1);
        assertThat(nameLevel(form("China", new int[] {0, 0, 6, 0}), form("Republic of China", new int[] {0, 0, 4, 0})))
                .isEqualTo(-1);
    }

    @Test
    void aFacilityOfAPlaceIsOneName() {
        assertThat(surfaces("The fair opened at the Mall of Tunis on Saturday, and the Museum of Tunis lent two "
                + "paintings.")).contains("Mall of Tunis", "Museum of Tunis").doesNotContain("Tunis");
    }

    @Test
    void aDemonymBeforeAPersonsFullNameIsNoPartOfIt() {
        assertThat(surfaces("Ethiopian Sarit Quellmark won the race on Sunday ahead of Kenyan Orvane Tamsidu."))
                .contains("Sarit Quellmark", "Orvane Tamsidu")
                .doesNotContain("Ethiopian Sarit Quellmark", "Kenyan Orvane Tamsidu");
    }

    @Test
    void aDemonymBeforeWhatItNamesStays() {
        // the controls: companies named with the demonym
        assertThat(surfaces("The fare was set by Ethiopian Airlines and opposed by Kenyan Quellani Breweries on "
                + "Monday.")).contains("Ethiopian Airlines", "Kenyan Quellani Breweries");
    }

    @Test
    void aProfessionWrittenAsATitleIsNoPartOfTheName() {
        assertThat(surfaces("Advocate Orvane Quellmark told the court on Monday that Engineer Sarit Tamsidu had "
                + "signed the plans.")).contains("Orvane Quellmark", "Sarit Tamsidu")
                .doesNotContain("Advocate Orvane Quellmark", "Engineer Sarit Tamsidu");
    }
}
