package dev.gazette.analysis.text;

import dev.gazette.model.Article;
import java.util.List;

/**
 * The text of one article as the rules read it: its title and dek, then its body paragraphs, each
 * a {@link TextUnit} whose words and quote marks are found once and shared by every rule. A
 * per-article product of the analysis (one tokenisation per unit, not one per rule).
 */
public final class ArticleText {

    private final List<TextUnit> all;
    private final int headUnits;

    private ArticleText(List<TextUnit> all, int headUnits) {
        this.all = all;
        this.headUnits = headUnits;
    }

    /** The text of {@code article}. */
    public static ArticleText of(Article article) {
        List<TextUnit> all = TextUnit.of(article, true);
        return new ArticleText(List.copyOf(all), all.size() - article.paragraphs().size());
    }

    /** The body paragraphs, preceded by the title and dek when {@code withTitle}. */
    public List<TextUnit> units(boolean withTitle) {
        return withTitle ? all : all.subList(headUnits, all.size());
    }
}
