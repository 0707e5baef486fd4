package dev.gazette.validate.rules.parse;

import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/** Reports an article whose first line is already body text, so it has no title. */
public final class MissingTitleRule implements Rule {

    public static final String ID = "missing-title";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        if (ctx.article().title() != null || ctx.article().paragraphs().isEmpty()) {
            return;
        }
        var first = ctx.article().paragraphs().get(0);
        String opening = first.text().length() > 60 ? first.text().substring(0, 57) + "..." : first.text();
        ctx.report(ID, first.start(), first.start(),
                "Article has no title: it opens with body text ('" + opening + "')",
                "Add the headline as the first line, followed by a line break.");
    }
}
