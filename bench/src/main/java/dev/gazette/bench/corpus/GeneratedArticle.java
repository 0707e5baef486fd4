package dev.gazette.bench.corpus;

/**
 * One generated article.
 *
 * @param id    a unique id ({@code g0000001})
 * @param title the title line
 * @param date  the publication date as a line of text
 * @param body  the body: paragraphs, page furniture and defects, as a scraper would leave them
 */
public record GeneratedArticle(String id, String title, String date, String body) {

    /** The article as one text file: title, blank line, date, blank line, body. */
    public String fileText() {
        return title + "\n\n" + date + "\n\n" + body;
    }
}
