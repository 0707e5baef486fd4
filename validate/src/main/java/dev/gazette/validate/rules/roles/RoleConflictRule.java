package dev.gazette.validate.rules.roles;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.roles.RoleStatistic;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.analysis.roles.Title;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A corpus consistency check that needs no registry: two different people given the same post
 * that one person holds at a time (Secretary of X, head of Y, a country's foreign minister) in
 * articles of the same month. One of the titles may be out of date, or the post changed hands
 * that month. Reported once per person and post in each article that gives it; no fix.
 */
public final class RoleConflictRule implements Rule {

    public static final String ID = "role-conflict";

    private final RoleStatistic statistic;
    private final NameAnalysis names;

    public RoleConflictRule(RoleStatistic statistic, NameAnalysis names) {
        this.statistic = statistic;
        this.names = names;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(statistic, names.statistic());
    }

    @Override
    public void check(ArticleContext ctx) {
        LocalDate published = ctx.analysis().published();
        if (published == null || !ctx.hasCorpus(statistic)) {
            return;
        }
        RoleStatistic.Attested attested = ctx.corpus(statistic);
        List<Entity> entities = names.entities(ctx.knowledge());
        Set<String> reported = new HashSet<>();
        for (Title t : ctx.analysis().titles()) {
            List<RoleTable.Rival> rivals = RoleTable.rivals(attested, t, RoleTable.find(entities, t.person().entityId()),
                    published);
            if (rivals.isEmpty() || !reported.add(t.person().entityId() + "\u0000" + t.post() + "\u0000" + t.of())) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (RoleTable.Rival r : rivals) {
                others.add(r.name() + " (" + r.articles() + (r.articles() == 1 ? " article" : " articles") + ", e.g. "
                        + r.article() + ")");
            }
            String post = t.postWritten() + (t.ofName() == null ? "" : " of " + t.ofName());
            ctx.report(ID, Math.min(t.start(), t.person().start()), Math.max(t.end(), t.person().end()),
                    "'" + t.written() + "' for " + t.person().canonical() + ": in " + YearMonth.from(published)
                            + " the corpus also gives " + post + ", a post one person holds at a time, to "
                            + String.join(", ", others),
                    "Check which title is right for the article's date: write 'former' or 'then' for a past holder.");
        }
    }
}
