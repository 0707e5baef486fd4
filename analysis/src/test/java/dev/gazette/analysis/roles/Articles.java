package dev.gazette.analysis.roles;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import dev.gazette.model.io.RawDocument;
import dev.gazette.model.parse.ArticleParser;
import dev.gazette.model.parse.ParserConfig;
import java.nio.file.Path;
import java.util.List;

/** Articles made from text for the tests of this package, with their mentions from a registry. */
final class Articles {

    static final Path REGISTRY = Path.of("src/test/resources/roles/registry.yaml");
    static final ReferenceData DATA = new ReferenceData(List.of(REGISTRY), false, List.of());
    static final NameAnalysis NAMES = NameAnalysis.of(DATA);
    static final RolePeriods PERIODS = RolePeriods.of(DATA);

    private Articles() {
    }

    static Article article(String text) {
        return new ArticleParser(ParserConfig.defaults()).parse(new RawDocument("a", "a.txt", "0", "UTF-8", text, List.of()));
    }

    static List<Mention> mentions(Article a) {
        return NAMES.resolve(a, LineIndex.of(a.raw()), CorpusKnowledge.empty(), new ArticleMemo()).mentions();
    }

    static List<Title> titles(String text) {
        Article a = article(text);
        return TitleFinder.standard().find(a, mentions(a), PERIODS::idOf);
    }
}
