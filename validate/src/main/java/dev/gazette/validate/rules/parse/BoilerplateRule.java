package dev.gazette.validate.rules.parse;

import dev.gazette.model.SetAsideLine;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/**
 * Reports the lines the parser kept out of the body as page furniture: pattern-matched
 * boilerplate, lines recurring across the corpus, site headers above the title, and
 * attribution lines (recorded as metadata). The fix removes them from the clean text.
 */
public final class BoilerplateRule implements Rule {

    public static final String ID = "boilerplate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (SetAsideLine line : ctx.article().setAside()) {
            String why = switch (line.reason()) {
                case BOILERPLATE -> "matches the '" + line.detail() + "' boilerplate patterns";
                case RECURRING -> "is a short line that recurs " + line.detail() + " of the corpus";
                case SITE_HEADER -> "stands above the title (site header or slogan)";
                case ATTRIBUTION -> "is a source line, recorded as " + line.detail();
                default -> null;
            };
            if (why == null) {
                continue;
            }
            ctx.report(ID, line.start(), line.end(),
                    "Line " + SetAsideEdits.quote(line.text()) + " " + why + "; kept out of the body",
                    "Remove it from the clean text (a suggested fix: --unsafe or an accept decision applies it).",
                    SetAsideEdits.deleteLine(line, ctx.lines()));
        }
    }
}
