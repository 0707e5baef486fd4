package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code gazette rules}: the catalogue as a list, and one rule in full. */
class RulesCommandTest {

    @Test
    void listsEveryRuleWithSeverityFixAndSummary() {
        Cli.Result r = Cli.run("rules");
        assertThat(r.code()).isZero();
        for (RuleDescriptor d : RuleCatalogue.standard().all()) {
            assertThat(r.out()).containsPattern("(?m)^" + d.id() + " +" + d.severity().label() + " +\\S+ +"
                    + d.fix().name().toLowerCase(Locale.ROOT) + " +" + java.util.regex.Pattern.quote(d.summary()) + "$");
        }
    }

    @Test
    void describesOneRuleWithItsExample() {
        RuleDescriptor d = RuleCatalogue.standard().get("boilerplate");
        Cli.Result r = Cli.run("rules", "boilerplate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("boilerplate (info, structure, fix: suggested, since ");
        assertThat(r.out()).contains(d.description().lines().findFirst().orElseThrow(), "Example:");
    }

    @Test
    void anUnknownRuleIdIsAUsageError() {
        Cli.Result r = Cli.run("rules", "no-such-rule");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown rule id 'no-such-rule'");
    }
}
