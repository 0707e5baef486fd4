package dev.gazette.validate.fix;

/**
 * One applied change: where in the raw text, which rule, and the text before and after.
 * Applying every change of an article to its raw text, in order, gives the clean text.
 *
 * @param articleId the article
 * @param source    the input path
 * @param ruleId    the rule whose fix this is
 * @param line      1-based line of the start in the raw text
 * @param column    1-based column of the start in the raw text
 * @param start     offset of the start in the raw text
 * @param end       offset just past the end in the raw text
 * @param before    the raw text that was replaced
 * @param after     the replacement
 */
public record Change(String articleId, String source, String ruleId, int line, int column, int start, int end,
                     String before, String after) {
}
