package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports where an entity appears under another of its names (a registry alias such as
 * "ISIL" or "ISIS" for the Islamic State) while the corpus also uses other names for it, once
 * per name and article, for the kinds of name in the {@code kinds} option. The finding
 * suggests the canonical name; the fix is only applied when suggested fixes are asked for,
 * since an alias is often deliberate.
 */
public final class AliasVariantRule extends NameRule {

    public static final String ID = "alias-variant";

    static final RuleOption<String> KINDS = RuleOption.text(ID, "kinds");

    public AliasVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(KINDS);
    }

    @Override
    public void check(ArticleContext ctx) {
        Set<String> kinds = new HashSet<>();
        for (String k : ctx.settings().get(KINDS).split(",")) {
            kinds.add(k.strip().toLowerCase(Locale.ROOT));
        }
        for (NameVariant v : ctx.analysis().names().otherNames(kinds)) {
            ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
        }
    }
}
