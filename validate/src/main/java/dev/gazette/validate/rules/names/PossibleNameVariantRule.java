package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import java.util.List;

/**
 * Reports each mention the names analysis joined to an entity whose canonical name it spells
 * otherwise, when the evidence for that one rewrite is below the match probability that
 * rewrites need to be applied by default but at least {@code min-probability}: the finding
 * carries the rewrite as a suggested fix, applied only with suggested fixes or an accept
 * decision; the strong cases are {@code name-variant}'s. A mention joined to its entity only
 * through other forms (no comparison of its own form with the canonical one) is not reported:
 * nothing speaks for that one rewrite.
 */
public final class PossibleNameVariantRule extends NameRule {

    public static final String ID = "possible-name-variant";

    static final RuleOption<Double> MIN_PROBABILITY = RuleOption.decimal(ID, "min-probability");

    public PossibleNameVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_PROBABILITY);
    }

    @Override
    public void check(ArticleContext ctx) {
        double min = ctx.settings().get(MIN_PROBABILITY);
        for (NameVariant v : ctx.analysis().names().spellingVariants()) {
            // NaN (joined through other forms only) fails the comparison: not reported
            if (!v.strong() && v.probability() >= min) {
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
            }
        }
    }
}
