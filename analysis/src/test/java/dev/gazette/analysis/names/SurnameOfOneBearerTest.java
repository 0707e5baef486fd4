package dev.gazette.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.analysis.names.NameAnalyser.Found;
import dev.gazette.analysis.names.NameAnalyser.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname written alone names the one person of the article named in full with it: also after a preposition
 * ("according to Quellmark"), which alone reads as a place's cue, and when the given name is an English word
 * ("Faith Quellani"); not when two people of the article bear the surname, nor when the name with it is a place's.
 * Invented names and sentences.
 */
class SurnameOfOneBearerTest extends ArticleNamesCase {

    @Test
    void aSurnameAfterAPrepositionIsThePersonNamedInFull() throws Exception {
        List<Found> f = analyse("Plant to reopen\n\nThe plant will reopen in May, spokesman Orvane Quellmark said "
                + "on Monday. According to Quellmark, the repairs cost more than planned.\n");
        assertThat(find(f, "Quellmark").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Quellmark").root()).isEqualTo("Orvane Quellmark");
    }

    @Test
    void aSurnameAfterAnEnglishGivenNameIsThePersonNamedInFull() throws Exception {
        List<Found> f = analyse("Union row\n\nThe union's deputy leader, Faith Quellani, was suspended last week. "
                + "Members said the suspension of Quellani was unlawful.\n");
        assertThat(find(f, "Quellani").relation()).isEqualTo(Relation.PARTIAL);
        assertThat(find(f, "Quellani").root()).isEqualTo("Faith Quellani");
    }

    @Test
    void aSurnameOfTwoRelativesStaysUnresolved() throws Exception {
        // the control: husband and wife of one surname, the surname alone after a preposition
        List<Found> f = analyse("Family firm\n\nOrvane Quellmark said on Monday that his wife, Sarit Quellmark, "
                + "would lead the firm. According to Quellmark, the sale is off.\n");
        assertThat(find(f, "Quellmark").relation()).isNotEqualTo(Relation.PARTIAL);
    }

    @Test
    void anOperationNamedAfterAPlaceIsNoPerson() throws Exception {
        // the control: the last word is written alone as a place ("in Quellar")
        List<Found> f = analyse("Raids\n\nPolice launched Operation Quellar in March. Officers in Quellar said "
                + "that Quellar had been quiet since.\n");
        assertThat(find(f, "Quellar").root()).isNotEqualTo("Operation Quellar");
    }

    @Test
    void aPlacesNameDoesNotTakeItsLastWordAlone() throws Exception {
        // the control: an English word that names a place ("Lake") is no given name
        List<Found> f = analyse("Water levels\n\nThe level of Lake Quellani fell again this year. Fishermen on "
                + "the shore said Quellani had never been so low.\n");
        assertThat(find(f, "Quellani").root()).isNotEqualTo("Lake Quellani");
    }
}
