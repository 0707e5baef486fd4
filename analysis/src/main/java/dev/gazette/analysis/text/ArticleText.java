package dev.gazette.analysis.text;

import dev.gazette.analysis.AnnotationKey;
import dev.gazette.analysis.ArticleMemo;
import dev.gazette.model.Article;
import dev.gazette.model.parse.CodeLines;
import java.util.List;

/**
 * The text of one article as the rules read it: its title and dek, then its body paragraphs, each
 * a {@link TextUnit} whose tokens, words and quote marks are found once and shared by every rule
 * and extractor. A per-article product of the analysis (one tokenisation per unit, not one per
 * rule or extractor), kept in the article's {@link ArticleMemo} so that the corpus statistics
 * (names, vocabulary) and the check pass read the same units.
 */
public final class ArticleText {

    /** Where an article's text is kept in its memo. */
    private static final AnnotationKey<ArticleText> KEY = new AnnotationKey<>("article-text", ArticleText.class);

    private final List<TextUnit> all;
    private final int headUnits;
    private final String raw;
    private volatile Boolean english;
    private volatile boolean[] codeLines;
    private volatile dev.gazette.model.LineIndex lineIndex;

    private ArticleText(List<TextUnit> all, int headUnits, String raw) {
        this.all = all;
        this.headUnits = headUnits;
        this.raw = raw;
    }

    /** The text of {@code article}. */
    public static ArticleText of(Article article) {
        List<TextUnit> all = TextUnit.of(article, true);
        return new ArticleText(List.copyOf(all), all.size() - article.paragraphs().size(), article.raw());
    }

    /**
     * The text of {@code article} kept in {@code memo}, made on the first call: the statistics
     * pass and the check pass of one article share it (the memo belongs to the article).
     */
    public static ArticleText of(Article article, ArticleMemo memo) {
        return memo.computeIfAbsent(KEY, () -> of(article));
    }

    /** The body paragraphs, preceded by the title and dek when {@code withTitle}. */
    public List<TextUnit> units(boolean withTitle) {
        return withTitle ? all : all.subList(headUnits, all.size());
    }

    /**
     * Whether the body reads as English, by its share of English and other languages' function words
     * ({@code other-function-words.txt}); rules that read the English lexicon or English month names skip an
     * article that is not. Computed once.
     */
    public boolean english() {
        Boolean e = english;
        if (e == null) {
            e = EnglishText.english(units(false), Lexicon.bundled());
            english = e;
        }
        return e;
    }

    /**
     * Whether the raw-text offset {@code rawOffset} lies on a line of a code listing ({@link CodeLines}): the prose
     * rules leave such lines alone. Computed once.
     */
    public boolean inCode(int rawOffset) {
        boolean[] code = codeLines;
        if (code == null) {
            lineIndex = dev.gazette.model.LineIndex.of(raw);
            code = CodeLines.of(raw);
            codeLines = code;
        }
        int line = lineIndex.lineOf(rawOffset);
        return line > 0 && line < code.length && code[line];
    }
}
