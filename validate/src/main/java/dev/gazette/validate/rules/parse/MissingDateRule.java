package dev.gazette.validate.rules.parse;

import dev.gazette.model.Article;
import dev.gazette.model.parse.HeaderStamps;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/**
 * Reports an article with no recognisable publication date line. Articles not in English are skipped: the date
 * reading knows English month names only. An article whose header stamps its date without the year ("April 9 at 10:24
 * AM", {@link HeaderStamps}) gave its date: that no calendar date could be read from it is not a missing date.
 */
public final class MissingDateRule implements Rule {

    public static final String ID = "missing-date";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        Article a = ctx.article();
        if (a.published() != null || !ctx.analysis().text().english()) {
            return; // dates are read with English month names: on a page in another language none is found
        }
        if (HeaderStamps.yearless(a).isPresent()) {
            return; // the header gives the date, without its year
        }
        int at = a.title() != null ? a.title().start() : a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).start();
        ctx.report(ID, at, at, "Article has no publication date: no line holds only a date",
                "Add a date line under the title (e.g. 'March 19, 2023' or '2023-03-19').");
    }
}
