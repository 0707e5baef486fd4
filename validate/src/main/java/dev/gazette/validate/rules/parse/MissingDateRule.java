package dev.gazette.validate.rules.parse;

import dev.gazette.model.Article;
import dev.gazette.model.parse.HeaderStamps;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/**
 * Reports an article with no recognisable publication date line. Articles not in English are skipped: the date
 * reading knows English month names only. When the header stamps the date without the year ("April 9 at 10:24 AM",
 * {@link HeaderStamps}), the message says so: the year is what is missing.
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
        int at = a.title() != null ? a.title().start() : a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).start();
        var stamp = HeaderStamps.yearless(a);
        if (stamp.isPresent()) {
            ctx.report(ID, at, at,
                    "Article has no publication date: its date stamp '" + stamp.get().text() + "' gives no year",
                    "Add the year to the date stamp, or a date line under the title (e.g. 'March 19, 2023').");
            return;
        }
        ctx.report(ID, at, at, "Article has no publication date: no line holds only a date",
                "Add a date line under the title (e.g. 'March 19, 2023' or '2023-03-19').");
    }
}
