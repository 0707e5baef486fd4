package dev.gazette.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Article;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTextTest {

    private static ArticleText text(String body) {
        Article a = new ArticleParser(ParserConfig.defaults())
                .parse(new RawDocument("a", "a.txt", "0", "UTF-8", body, List.of()));
        return ArticleText.of(a);
    }

    private static final String SPANISH = "El puerto reabre tras la tormenta\n\nLa ciudad y el puerto recibieron ayer a los"
            + " primeros barcos después de la tormenta. Según el alcalde, los trabajos en el muelle terminaron antes de lo"
            + " previsto y las rutas del norte se reanudan esta semana.\n\nLos pescadores dijeron que la temporada no se ha"
            + " perdido, aunque el precio del pescado subió en los mercados de la costa. La asociación de comerciantes pidió"
            + " ayudas para las familias que perdieron sus barcas, y el gobierno regional prometió una respuesta.\n";

    @Test
    void aPageInAnotherLanguageIsNotEnglish() {
        assertThat(text(SPANISH).english()).isFalse();
    }

    @Test
    void englishProseWithForeignNamesIsEnglish() {
        assertThat(text("Harbour Reopens After The Storm\n\nThe first boats reached the port of La Paz and the quay of"
                + " Los Cristianos on Tuesday, and the mayor said that the routes to the north would resume this week. The"
                + " fishermen said the season was not lost, although the price of fish rose in the markets of the coast.\n")
                .english()).isTrue();
    }

    @Test
    void shortForeignTextsAndTablesWithFewFunctionWordsCountAsEnglish() {
        assertThat(text("Precios del mercado\n\nLa ciudad y el puerto, los barcos de la costa.\n").english()).isTrue();
        assertThat(text("RESULTS\n\nShr 1.25 dlrs vs 90 cts\nNet 12.5 mln vs 9.1 mln\nRevs 100 mln vs 90 mln\n").english())
                .isTrue();
    }
}
