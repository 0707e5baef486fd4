package dev.gazette.validate;

import dev.gazette.validate.rules.parse.BoilerplateRule;
import dev.gazette.validate.rules.parse.BrokenParagraphRule;
import dev.gazette.validate.rules.parse.MissingDateRule;
import dev.gazette.validate.rules.parse.MissingTitleRule;
import dev.gazette.validate.rules.parse.StrayLineRule;
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
            "file-too-large", "no-articles", "duplicate-id", "model-constraint", "encoding", "fix-conflict",
            "malformed-record", "empty-record");

    private Rules() {
    }

    /** Creates every rule, reading reference data from {@code env}. */
    public static List<Rule> all(RuleEnvironment env) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new MissingTitleRule());
        rules.add(new MissingDateRule());
        rules.add(new BoilerplateRule());
        rules.add(new StrayLineRule());
        rules.add(new BrokenParagraphRule());
        return rules;
    }
}
