package dev.gazette.validate.rules.parse;

import dev.gazette.model.SetAsideLine;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;

/** Reports lone numbers, identifiers and hashes the parser kept out of the body. */
public final class StrayLineRule implements Rule {

    public static final String ID = "stray-line";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (SetAsideLine line : ctx.article().setAside()) {
            if (line.reason() != SetAsideLine.Reason.STRAY) {
                continue;
            }
            ctx.report(ID, line.start(), line.end(),
                    "Stray line " + SetAsideEdits.quote(line.text()) + " (" + line.detail()
                            + ") is not article text; kept out of the body",
                    "Remove it from the clean text (a suggested fix: --unsafe or an accept decision applies it).",
                    SetAsideEdits.deleteLine(line, ctx.lines()));
        }
    }
}
