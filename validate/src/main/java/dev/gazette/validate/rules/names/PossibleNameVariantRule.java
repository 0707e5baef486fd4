package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.validate.ArticleContext;

/**
 * Reports each mention the names analysis joined to an entity whose canonical name it spells
 * otherwise, when the evidence for that one rewrite is below the match probability that
 * rewrites need to be applied by default (the pair's spellings alone, or too little shared
 * context). The finding carries the rewrite as a suggested fix, applied only with suggested
 * fixes or an accept decision; the strong cases are {@code name-variant}'s.
 */
public final class PossibleNameVariantRule extends NameRule {

    public static final String ID = "possible-name-variant";

    public PossibleNameVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (NameVariant v : ctx.analysis().names().spellingVariants()) {
            if (!v.strong()) {
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
            }
        }
    }
}
