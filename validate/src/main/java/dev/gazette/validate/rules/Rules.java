package dev.gazette.validate.rules;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.analysis.pipeline.Analyser;
import dev.gazette.validate.Rule;
import dev.gazette.validate.rules.names.AliasVariantRule;
import dev.gazette.validate.rules.names.NameVariantRule;
import dev.gazette.validate.rules.names.PossibleNameVariantRule;
import dev.gazette.validate.rules.parse.BoilerplateRule;
import dev.gazette.validate.rules.parse.BrokenParagraphRule;
import dev.gazette.validate.rules.parse.MissingDateRule;
import dev.gazette.validate.rules.parse.MissingTitleRule;
import dev.gazette.validate.rules.parse.StrayLineRule;
import dev.gazette.validate.rules.roles.RoleConflictRule;
import dev.gazette.validate.rules.roles.RoleTimelineRule;
import dev.gazette.validate.rules.text.DoubledWordRule;
import dev.gazette.validate.rules.text.EncodingRule;
import dev.gazette.validate.rules.text.LowercaseProperNounRule;
import dev.gazette.validate.rules.text.MissingSpaceRule;
import dev.gazette.validate.rules.text.MixedQuoteStyleRule;
import dev.gazette.validate.rules.text.RelativeDateRule;
import dev.gazette.validate.rules.text.RunTogetherWordsRule;
import dev.gazette.validate.rules.text.SpaceBeforePunctuationRule;
import dev.gazette.validate.rules.text.UnbalancedQuoteRule;
import dev.gazette.validate.rules.text.WhitespaceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one place where rule implementations are registered. Ids of findings made by the
 * engine itself (input problems, model constraints) are listed in {@link #ENGINE_RULE_IDS};
 * every other catalogue id has exactly one rule here.
 */
public final class Rules {

    /** Catalogue ids reported by the reader and engine rather than by a {@link Rule}. */
    public static final Set<String> ENGINE_RULE_IDS = Set.of("unreadable-file", "empty-file", "binary-file",
            "file-too-large", "no-articles", "skipped-output", "duplicate-id",
            "article-over-budget", "over-long-paragraph", "findings-capped", "model-constraint", "fix-conflict",
            "malformed-record", "empty-record", "article-failed");

    private Rules() {
    }

    /**
     * Creates every rule: the text rules read the word lists of {@code env}, the name rules
     * report the names products of {@code analyser}.
     */
    public static List<Rule> all(Analyser analyser, ReferenceData env) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new MissingTitleRule());
        rules.add(new MissingDateRule());
        rules.add(new BoilerplateRule());
        rules.add(new StrayLineRule());
        rules.add(new BrokenParagraphRule());
        rules.add(RunTogetherWordsRule.withWordLists(env.lexiconFiles()));
        rules.add(MissingSpaceRule.withWordLists(env.lexiconFiles()));
        rules.add(new SpaceBeforePunctuationRule());
        rules.add(new UnbalancedQuoteRule());
        rules.add(new MixedQuoteStyleRule());
        rules.add(LowercaseProperNounRule.withWordLists(env.lexiconFiles()));
        rules.add(new DoubledWordRule());
        rules.add(new WhitespaceRule());
        rules.add(new EncodingRule());
        rules.add(new RelativeDateRule());
        rules.add(new NameVariantRule(analyser.names()));
        rules.add(new PossibleNameVariantRule(analyser.names()));
        rules.add(new AliasVariantRule(analyser.names()));
        rules.add(new RoleTimelineRule(analyser.timeline()));
        rules.add(new RoleConflictRule(analyser.roles(), analyser.names()));
        return rules;
    }
}
