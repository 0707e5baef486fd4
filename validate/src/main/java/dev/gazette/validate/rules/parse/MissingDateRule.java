package dev.gazette.validate.rules.parse;

import dev.gazette.model.Article;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/** Reports an article with no recognisable publication date line. */
public final class MissingDateRule implements Rule {

    public static final String ID = "missing-date";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        Article a = ctx.article();
        if (a.published() != null) {
            return;
        }
        int at = a.title() != null ? a.title().start() : a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).start();
        ctx.report(ID, at, at, "Article has no publication date: no line holds only a date",
                "Add a date line under the title (e.g. 'March 19, 2023' or '2023-03-19').");
    }
}
