package dev.gazette.validate.engine;

/**
 * How much work one article may cause, so that no input, however hostile, can exhaust the
 * memory or time of a run. Checked by the per-article step ({@link ArticleStep}), the same way
 * for every rule and analysis product:
 *
 * <ul>
 *   <li>{@code maxFindingsPerRule}: a rule reports at most this many findings in one article;
 *       beyond it one {@code findings-capped} finding says how many were left out (their fixes
 *       are not applied).</li>
 *   <li>{@code maxParagraphChars}: a body paragraph or heading longer than this is reported as
 *       {@code over-long-paragraph} and left out of what the analysis and the rules read (and of
 *       the corpus statistics); it stays in the exported article.</li>
 *   <li>{@code maxArticleChars}: an article longer than this is not parsed, analysed or checked:
 *       it is exported with its raw text alone (no paragraphs) and an {@code article-over-budget}
 *       finding, and it is left out of the corpus signals (recurring lines, statistics), so it
 *       cannot change the findings of other articles.</li>
 * </ul>
 *
 * @param maxFindingsPerRule findings one rule reports in one article; 1 or more
 * @param maxParagraphChars  characters of a paragraph or heading the rules read; 1 or more
 * @param maxArticleChars    characters of an article that is checked; 1 or more
 */
public record ArticleLimits(int maxFindingsPerRule, int maxParagraphChars, long maxArticleChars) {

    /** Findings of one rule in one article: far more than a real article has, far fewer than a flood. */
    public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 100;
    /** A paragraph of 20,000 characters is some 3,000 words, twenty times the longest paragraph of Reuters-21578. */
    public static final int DEFAULT_MAX_PARAGRAPH_CHARS = 20_000;
    /** An article of 1,000,000 characters is some 160,000 words, longer than any news article. */
    public static final long DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

    /** The defaults. */
    public static final ArticleLimits DEFAULTS = new ArticleLimits(DEFAULT_MAX_FINDINGS_PER_RULE,
            DEFAULT_MAX_PARAGRAPH_CHARS, DEFAULT_MAX_ARTICLE_CHARS);

    /** No limits (tests of rules on purpose-made input). */
    public static final ArticleLimits NONE = new ArticleLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

    public ArticleLimits {
        if (maxFindingsPerRule < 1 || maxParagraphChars < 1 || maxArticleChars < 1) {
            throw new IllegalArgumentException("article limits must be 1 or more, got " + maxFindingsPerRule + ", "
                    + maxParagraphChars + ", " + maxArticleChars);
        }
    }

    /** True when an article of {@code chars} characters is too long to be checked. */
    public boolean overBudget(long chars) {
        return chars > maxArticleChars;
    }
}
