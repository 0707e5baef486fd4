package dev.gazette.validate.rules.names;

import dev.gazette.validate.ArticleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reports where an entity appears under another of its names (a registry alias such as
 * "ISIL" or "ISIS" for the Islamic State) while the corpus also uses
 * other names for it. Once per alias and article. The finding suggests the canonical name;
 * the fix is only applied when suggested fixes are asked for, since an alias is often
 * deliberate.
 */
public final class AliasVariantRule extends NameRule {

    public static final String ID = "alias-variant";

    AliasVariantRule(NameStatistic statistic) {
        super(statistic);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        Set<String> kinds = new HashSet<>();
        for (String k : String.valueOf(ctx.settings().option(ID, "kinds")).split(",")) {
            kinds.add(k.strip().toLowerCase(Locale.ROOT));
        }
        Names.Resolved r = mentions(ctx);
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < r.mentions().size(); i++) {
            Mention m = r.mentions().get(i);
            if (!m.relation().equals("alias")) {
                continue;
            }
            NameIndex.FormInfo own = r.index().form(m.surface());
            if (own == null) {
                continue;
            }
            String kind = own.kind() == null ? "other" : own.kind().label();
            if (!kinds.contains(kind) || !reported.add(m.surface())) {
                continue;
            }
            if (r.found().get(i).relation() == NameAnalyser.Relation.ACRONYM
                    && !r.found().get(i).root().equals(m.surface())) {
                continue; // an acronym the article defines: the reader has been told
            }
            NameIndex.Figures fig = r.index().figures(own.entity());
            List<String> others = new ArrayList<>();
            fig.families().forEach((family, written) -> {
                if (!family.equals(own.family())) {
                    others.add("'" + written + "'");
                }
            });
            if (others.isEmpty()) {
                continue;
            }
            Entity e = r.index().entity(own.entity());
            String message = "'" + m.surface() + "' is another name for '" + e.name() + "' (" + e.id()
                    + "); the corpus also calls it " + String.join(", ", others);
            ctx.report(ID, m.start(), m.end(), message,
                    "Write '" + e.name() + "' if one name is wanted throughout (applied only with suggested fixes).",
                    NameVariantRule.wordEdits(ctx.article().raw(), m.start(), m.end(), e.name()));
        }
    }
}
