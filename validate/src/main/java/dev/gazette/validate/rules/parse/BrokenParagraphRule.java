package dev.gazette.validate.rules.parse;

import dev.gazette.model.Article;
import dev.gazette.model.Paragraph;
import dev.gazette.model.Span;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports paragraphs the parser joined across line breaks: a break in the middle of a
 * sentence, or hard-wrapped text. The fix joins the lines with a single space. In a
 * hard-wrapped article one finding per paragraph carries all its joins.
 */
public final class BrokenParagraphRule implements Rule {

    public static final String ID = "broken-paragraph";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        Article a = ctx.article();
        for (Paragraph p : a.paragraphs()) {
            if (p.lineCount() < 2) {
                continue;
            }
            List<TextEdit> joins = new ArrayList<>();
            List<Span> pieces = p.pieces();
            for (int i = 0; i + 1 < pieces.size(); i++) {
                joins.add(new TextEdit(pieces.get(i).end(), pieces.get(i + 1).start(), " "));
            }
            Span first = pieces.get(0);
            int breakLine = ctx.lines().lineOf(first.end());
            String message = a.wrapWidth() > 0
                    ? "Paragraph is hard-wrapped at about " + a.wrapWidth() + " columns over " + p.lineCount()
                    + " lines; joined into one paragraph"
                    : "Line " + breakLine + " ends inside a sentence ('..." + tail(a.raw(), first)
                    + "') and continues on the next line; joined into one paragraph";
            ctx.report(ID, first.end(), pieces.get(1).start(), message,
                    "Join the lines with a single space (a suggested fix: --unsafe or an accept decision applies it).", joins);
        }
    }

    private static String tail(String raw, Span s) {
        int from = Math.max(s.start(), s.end() - 30);
        return raw.substring(from, s.end());
    }
}
