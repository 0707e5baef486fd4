package dev.gazette.validate.rules.roles;

import dev.gazette.analysis.roles.RoleTimeline;
import dev.gazette.analysis.roles.Title;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.Optional;

/**
 * Finds titles an article gives people that the registry (or a user's timeline file, a registry
 * file listing people and their roles) says they did not hold at the article's date, or at the
 * day the sentence tells of: a person called "Vice President" after becoming President, a
 * predecessor's title written for a successor, "former" for a post still held. The article's date
 * is its publication date, else the range its text gives ({@code published_earliest} and
 * {@code published_latest}). The decision is the analysis layer's ({@link RoleTimeline}); no fix.
 */
public final class RoleTimelineRule implements Rule {

    public static final String ID = "role-timeline";

    private final RoleTimeline timeline;

    public RoleTimelineRule(RoleTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        RoleTimeline.When when = ctx.analysis().when();
        for (Title t : ctx.analysis().titles()) {
            Optional<String> wrong = timeline.check(t, when);
            if (wrong.isPresent()) {
                ctx.report(ID, Math.min(t.start(), t.person().start()), Math.max(t.end(), t.person().end()), wrong.get(),
                        "Check the title: write 'former' or 'then' for a post held earlier, or correct the registry or "
                                + "timeline file (--registry) if it is out of date.");
            }
        }
    }
}
