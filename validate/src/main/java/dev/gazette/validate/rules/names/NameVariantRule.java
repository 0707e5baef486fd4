package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.validate.ArticleContext;

/**
 * Reports each mention whose spelling differs from its entity's canonical name across the
 * whole corpus ("Moammar Gadhafi" where the corpus mostly writes "Muammar Gaddafi"), with a
 * fix that rewrites it, when the evidence for that rewrite is strong: a match probability of
 * the two forms at or above the one the evaluation shows keeps wrong rewrites under 1 in
 * 1,000. The weaker cases are {@code possible-name-variant}'s, whose fix is only suggested.
 * The decision and its evidence are the names analysis's
 * ({@link dev.gazette.analysis.names.ArticleNames#spellingVariants()}); other names (registry
 * aliases, acronyms) are left to {@code alias-variant}.
 */
public final class NameVariantRule extends NameRule {

    public static final String ID = "name-variant";

    public NameVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (NameVariant v : ctx.analysis().names().spellingVariants()) {
            if (v.strong()) {
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
            }
        }
    }
}
